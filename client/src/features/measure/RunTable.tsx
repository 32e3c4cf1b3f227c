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
      <div className="ms-table-wrap">
        <table className="data-table ms-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('msStaff.member')}</th>
              <th scope="col">{t('msStaff.answers')}</th>
              <th scope="col">{t('msStaff.total')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
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
    <div className="ms-table-wrap">
      <table className="data-table ms-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('msStaff.question')}</th>
            <th scope="col">{t('msStaff.count')}</th>
            <th scope="col">{t('msStaff.mean')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
