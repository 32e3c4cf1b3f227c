import { useId } from 'react';
import type { FeedbackGrid as Grid } from '../../../../shared/feedback/state';
import { GROUP } from '../../../../shared/feedback/state';
import { useLocale, useT } from '../../i18n/useT';
import { formatNames } from '../../ui/format';
import { useFeedback } from './useFeedback';

/**
 * Who gave feedback to whom, as counts of approved items shown to the group,
 * across this session's rounds. Anonymous givers are unknown (by design), so
 * their items are counted in one "Anonymous" row.
 */
export function FeedbackGrid({ grid }: { grid: Grid }) {
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const fb = useFeedback()!;
  const members = fb.order.filter((id) => fb.roster[id]?.role === 'member');
  const hasGroup = grid.anonymous[GROUP] !== undefined || Object.values(grid.named).some((row) => row[GROUP] !== undefined);
  const columns = hasGroup ? [...members, GROUP] : members;
  const name = (id: string) => (id === GROUP ? t('fbGrid.theGroup') : (fb.roster[id]?.name ?? t('fbGrid.left')));
  const received = (to: string) =>
    Object.values(grid.named).reduce((n, row) => n + (row[to] ?? 0), 0) + (grid.anonymous[to] ?? 0);
  const notYet = members.filter((m) => received(m) === 0).map(name);
  const rows = [...members, ...Object.keys(grid.named).filter((g) => !members.includes(g))];
  return (
    <div className="fb-grid">
      <p className="fb-grid-note" id={`${id}-note`}>
        {t('fbGrid.note')}
      </p>
      <div className="fb-grid-scroll" tabIndex={0} role="region" aria-label={t('fbStaff.gridTitle')}>
        <table className="data-table" aria-describedby={`${id}-note`}>
          <caption className="visually-hidden">{t('fbStaff.gridTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fbGrid.corner')}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {name(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g}>
                <th scope="row">{name(g)}</th>
                {columns.map((c) => (
                  <td key={c}>{c === g ? '–' : (grid.named[g]?.[c] ?? 0)}</td>
                ))}
              </tr>
            ))}
            <tr className="fb-grid-anon">
              <th scope="row">{t('fbGrid.anonymous')}</th>
              {columns.map((c) => (
                <td key={c}>{grid.anonymous[c] ?? 0}</td>
              ))}
            </tr>
            <tr className="fb-grid-total">
              <th scope="row">{t('fbGrid.received')}</th>
              {columns.map((c) => (
                <td key={c}>{received(c)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p>{notYet.length > 0 ? t('fbGrid.notYet', { names: formatNames(notYet, locale) }) : t('fbGrid.everyone')}</p>
    </div>
  );
}
