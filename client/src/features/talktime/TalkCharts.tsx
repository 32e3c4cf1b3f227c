import type { MemberTalk, TalkMetrics } from '../../../../shared/talktime/metrics';
import { formatClock } from '../../ui/format';
import { percent } from './talk-format';

/**
 * A plain bar per member: their share of members' talk, with a line at their
 * fair share. The numbers are in the table too; the chart is a glance.
 */
export function TalkBars({ members }: { members: MemberTalk[] }) {
  if (members.length === 0) return null;
  const max = Math.max(0.01, ...members.map((r) => Math.max(r.share, r.fairShare)));
  return (
    <figure className="talk-figure">
      <figcaption>
        <h3>Share against fair share</h3>
        <p className="hint">Each bar is a member’s share of members’ talk; the upright line marks their fair share for the time they were here. The same figures are in the table above.</p>
      </figcaption>
      {/* A picture of the table's "Share (fair)" column: hidden from assistive tech, which reads the table. */}
      <ul className="talk-bars" aria-hidden="true">
        {members.map((r) => (
          <li key={r.id} className="talk-bar-row">
            <span className="talk-bar-name person-name">{r.name}</span>
            <span className="talk-bar-track" aria-hidden="true">
              <span className="talk-bar-fill" style={{ inlineSize: `${(r.share / max) * 100}%` }} />
              <span className="talk-bar-fair" style={{ insetInlineStart: `${(r.fairShare / max) * 100}%` }} />
            </span>
            <span className="talk-bar-text">
              {percent(r.share)} <span className="muted">/ fair {percent(r.fairShare)}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * Who spoke when, from the session's start to now: one row per speaker. Floor
 * stretches are striped, tracker stretches solid (and named in the list below).
 */
export function TalkTimeline({ metrics, names }: { metrics: TalkMetrics; names: (id: string) => string }) {
  const { timeline, now, elapsedMs } = metrics;
  if (timeline.length === 0 || elapsedMs <= 0) return null;
  const start = now - elapsedMs;
  const speakers = [...new Set(timeline.map((s) => s.participantId))];
  const pos = (t: number) => `${((t - start) / elapsedMs) * 100}%`;
  const recent = timeline.slice(-12).reverse();
  return (
    <figure className="talk-figure">
      <figcaption>
        <h3>Who spoke when</h3>
        <p className="hint">
          From the start of the session ({formatClock(0)}) to now ({formatClock(elapsedMs)}).{' '}
          <span className="talk-legend">
            <span className="talk-swatch talk-seg-tracker" aria-hidden="true" /> tracker
          </span>{' '}
          <span className="talk-legend">
            <span className="talk-swatch talk-seg-floor" aria-hidden="true" /> floor (striped)
          </span>
        </p>
      </figcaption>
      <div className="talk-timeline" aria-hidden="true">
        {speakers.map((id) => (
          <div key={id} className="talk-tl-row">
            <span className="talk-tl-name">{names(id)}</span>
            <span className="talk-tl-track">
              {timeline
                .filter((s) => s.participantId === id)
                .map((s) => (
                  <span
                    key={`${s.source}-${s.from}`}
                    className={`talk-seg talk-seg-${s.source}`}
                    style={{ insetInlineStart: pos(s.from), inlineSize: `max(2px, calc(${pos(s.to)} - ${pos(s.from)}))` }}
                  />
                ))}
            </span>
          </div>
        ))}
      </div>
      <details className="talk-tl-list">
        <summary>Latest stretches as a list</summary>
        <ol>
          {recent.map((s) => (
            <li key={`${s.source}-${s.from}`}>
              {names(s.participantId)}: {formatClock(s.from - start)}–{formatClock(s.to - start)} ({s.source})
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
