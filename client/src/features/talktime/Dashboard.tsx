import { useId } from 'react';
import type { TalkMetrics } from '../../../../shared/talktime/metrics';
import { formatClock } from '../../ui/format';
import { TalkBars, TalkTimeline } from './TalkCharts';
import { balanceWords, percent, sourceText } from './talk-format';
import { useT } from '../../i18n/useT';

/**
 * The facilitators' live figures. Everything is computed on this device from
 * the intervals' timestamps (talkMetrics), re-rendered each second.
 */
export function Dashboard({ metrics, names }: { metrics: TalkMetrics; names: (id: string) => string }) {
  const id = useId();
  const t = useT();
  const m = metrics;
  return (
    <section className="card talk-dashboard" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Talk-time balance</h2>
      <p className="hint">
        For facilitators only. Figures come from the <strong>tracker</strong> (what a co-facilitator tapped) and the{' '}
        <strong>floor</strong> (turn-taking); where both cover the same moment, the tracker counts.
      </p>

      <BalanceIndex value={m.balanceIndex} />

      <div className="talk-table-wrap" role="region" aria-label="Talk time per member" tabIndex={0}>
        <table className="talk-table">
          <caption className="visually-hidden">Talk time per member, with its source, share against fair share, turns and time since last spoke</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Talk time</th>
              <th scope="col">Share (fair)</th>
              <th scope="col">Turns</th>
              <th scope="col">Since last spoke</th>
            </tr>
          </thead>
          <tbody>
            {m.members.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  No members yet.
                </td>
              </tr>
            ) : null}
            {m.members.map((r) => (
              <tr key={r.id} data-testid="talk-row">
                <th scope="row">
                  <span className="person-name" dir="auto">{r.name}</span>
                  {r.notSpokenYet ? <span className="tag talk-flag">not spoken yet</span> : null}
                  {!r.notSpokenYet && r.underHalfMedian ? <span className="tag talk-flag">under half the median</span> : null}
                </th>
                <td className="num">
                  <span data-testid="talk-time">{formatClock(r.talkMs)}</span>
                  <span className="talk-source">
                    {r.bySource.tracker > 0 ? <span className="talk-source-part">tracker {formatClock(r.bySource.tracker)}</span> : null}
                    {r.bySource.floor > 0 ? <span className="talk-source-part">floor {formatClock(r.bySource.floor)}</span> : null}
                  </span>
                </td>
                <td className="num">
                  {percent(r.share)} <span className="muted talk-fair">({percent(r.fairShare)})</span>
                </td>
                <td className="num" data-testid="talk-turns">{r.turns}</td>
                <td className="num">{r.speakingNow ? 'speaking now' : r.sinceLastSpokeMs === null ? '—' : formatClock(r.sinceLastSpokeMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Facilitators and cross-talk</h3>
      <p className="hint">Shares of all talk recorded so far ({formatClock(m.totalMs)}).</p>
      <dl className="talk-staff">
        {(
          [
            ['Facilitator', m.facilitator],
            ['Co-facilitator', m.cofacilitator],
            ['Cross-talk', m.crosstalk],
          ] as const
        ).map(([label, g]) => (
          <div key={label} className="talk-staff-row">
            <dt>{label}</dt>
            <dd>
              <strong>{percent(g.share)}</strong> · {formatClock(g.ms)} <span className="muted talk-source">({sourceText(t, g.bySource)})</span>
            </dd>
          </div>
        ))}
      </dl>

      <TalkBars members={m.members} />
      <TalkTimeline metrics={m} names={names} />
    </section>
  );
}

function BalanceIndex({ value }: { value: number | null }) {
  const t = useT();
  return (
    <div className="talk-balance">
      <p className="talk-balance-figure">
        Balance index{' '}
        <strong data-testid="balance-index">{value === null ? '—' : value.toFixed(2)}</strong>
        {value === null ? null : <span className="muted"> · {balanceWords(t, value)}</span>}
      </p>
      <p className="hint">
        {value === null
          ? 'Shown once at least two members are here and someone has spoken.'
          : '1 means every member has talked about the same amount; the closer to 0, the more a few members did the talking. (It is 1 − the Gini coefficient of members’ talk time.)'}
      </p>
    </div>
  );
}
