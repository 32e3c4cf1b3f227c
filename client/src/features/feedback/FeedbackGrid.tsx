import { useId } from 'react';
import type { FeedbackGrid as Grid } from '../../../../shared/feedback/feedback-state';
import { GROUP } from '../../../../shared/feedback/feedback-state';
import type { ClientView } from '../../../../shared/session/views';

/**
 * Who gave feedback to whom, as counts of approved items shown to the group,
 * across this session's rounds. Anonymous givers are unknown (by design), so
 * their items are counted in one "Anonymous" row.
 */
export function FeedbackGrid({ view, grid }: { view: ClientView; grid: Grid }) {
  const id = useId();
  const shared = view.shared!;
  const members = shared.order.filter((id) => shared.roster[id]?.role === 'member');
  const hasGroup = grid.anonymous[GROUP] !== undefined || Object.values(grid.named).some((row) => row[GROUP] !== undefined);
  const columns = hasGroup ? [...members, GROUP] : members;
  const name = (id: string) => (id === GROUP ? 'The group' : (shared.roster[id]?.name ?? 'Left'));
  const received = (to: string) =>
    Object.values(grid.named).reduce((n, row) => n + (row[to] ?? 0), 0) + (grid.anonymous[to] ?? 0);
  const notYet = members.filter((m) => received(m) === 0).map(name);
  const rows = [...members, ...Object.keys(grid.named).filter((g) => !members.includes(g))];
  return (
    <div className="fb-grid">
      <p className="fb-grid-note" id={`${id}-note`}>
        Counts of approved feedback shown to the group, across all rounds this session. Anonymous feedback has no known giver, so it is
        counted in its own row.
      </p>
      <div className="fb-grid-scroll" tabIndex={0} role="region" aria-label="Who gave feedback to whom">
        <table aria-describedby={`${id}-note`}>
          <caption className="visually-hidden">Who gave feedback to whom</caption>
          <thead>
            <tr>
              <th scope="col">From ↓ / To →</th>
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
              <th scope="row">Anonymous</th>
              {columns.map((c) => (
                <td key={c}>{grid.anonymous[c] ?? 0}</td>
              ))}
            </tr>
            <tr className="fb-grid-total">
              <th scope="row">Received</th>
              {columns.map((c) => (
                <td key={c}>{received(c)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p>{notYet.length > 0 ? `Not yet received feedback: ${notYet.join(', ')}.` : 'Every member has received feedback.'}</p>
    </div>
  );
}
