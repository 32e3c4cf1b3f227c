import type { ReactNode } from 'react';
import type { StaffRunView } from '../../../../shared/measure/views';
import { useT } from '../../i18n/useT';
import { measureTitle } from './wording';
import '../../ui/table.css';

/** One run's answers for staff: named rows by member with totals and flags, or an anonymous run's kept aggregate. */
export function RunTable({ run, nameOf }: { run: StaffRunView; nameOf: (id: string) => string }) {
  const t = useT();
  const title = `${measureTitle(run.kind, t)} · ${t('msStaff.mode', { mode: run.mode })}`;
  if (run.rows) {
    const rows = Object.entries(run.rows);
    return (
      <RunFrame caption={title} columns={[t('msStaff.member'), t('msStaff.answers'), t('msStaff.total')]}>
        {rows.map(([id, row]) => (
          <tr key={id}>
            <th scope="row" className="person-name">
              {nameOf(id)}
            </th>
            <td>
              <ul className="ms-values">
                {row.values.map((v, i) => (
                  <li key={i} dir="auto">
                    {row.goals?.[i] ?? run.items[i]}: <strong className="num">{v ?? t('msStaff.skipped')}</strong>
                  </li>
                ))}
              </ul>
            </td>
            <td className="num">
              {row.total ?? t('msStaff.noTotal')}
              {row.belowCutoff ? (
                <span className="ms-flag">
                  <span aria-hidden="true"> ⚑ </span>
                  {t('msStaff.belowCutoff')}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </RunFrame>
    );
  }
  if (!run.results) {
    return (
      <p className="muted">
        {title}: {t('msStaff.tooFew', { minimum: run.minimum })}
      </p>
    );
  }
  const subscales = Object.entries(run.results.subscales);
  return (
    <RunFrame caption={title} columns={[t('msStaff.question'), t('msStaff.count'), t('msStaff.mean')]}>
      {run.results.items.map((r, i) => (
        <tr key={i}>
          <th scope="row" dir="auto">
            {run.items[i]}
          </th>
          <td className="num">{r.count}</td>
          <td className="num">{r.count > 0 ? r.mean : '–'}</td>
        </tr>
      ))}
      {subscales.map(([name, mean]) => (
        <tr key={name}>
          <th scope="row">{t('msStaff.subscale', { name })}</th>
          <td className="num">{run.results!.count}</td>
          <td className="num">{mean ?? '–'}</td>
        </tr>
      ))}
    </RunFrame>
  );
}

/** The scrollable table both kinds of run are shown in: its caption, its column headings, its rows. */
function RunFrame({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="ms-table-wrap">
      <table className="data-table ms-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
