import type { MemberTalk, TalkMetrics } from '../../../../shared/talk/metrics';
import { formatClock } from '../../ui/format';
import { ShareBar } from '../../ui/ShareBar';
import { percent } from './talk-format';
import { useLocale, useT } from '../../i18n/useT';

/**
 * A plain bar per member: their share of members' talk, with a line at their
 * fair share. The numbers are in the table too; the chart is a glance.
 */
export function TalkBars({ members }: { members: MemberTalk[] }) {
  const t = useT();
  const locale = useLocale();
  if (members.length === 0) return null;
  const max = Math.max(0.01, ...members.map((r) => Math.max(r.share, r.fairShare)));
  return (
    <figure className="talk-figure">
      <figcaption>
        <h3>{t('talkStaff.barsTitle')}</h3>
        <p className="hint">{t('talkStaff.barsHint')}</p>
      </figcaption>
      {/* A picture of the table's "Share (fair)" column: hidden from assistive tech, which reads the table. */}
      <ul className="talk-bars" aria-hidden="true">
        {members.map((r) => (
          <li key={r.id} className="talk-bar-row">
            <span className="talk-bar-name person-name">{r.name}</span>
            <ShareBar share={r.share} max={max} fair={r.fairShare} />
            <span className="talk-bar-text">
              {percent(r.share, locale)} <span className="muted">{t('talkStaff.fairOf', { share: percent(r.fairShare, locale) })}</span>
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
  const t = useT();
  const locale = useLocale();
  const clock = (ms: number) => formatClock(ms, locale);
  const { timeline, now, elapsedMs } = metrics;
  if (timeline.length === 0 || elapsedMs <= 0) return null;
  const start = now - elapsedMs;
  const speakers = [...new Set(timeline.map((s) => s.participantId))];
  const pos = (at: number) => `${((at - start) / elapsedMs) * 100}%`;
  const recent = timeline.slice(-12).reverse();
  return (
    <figure className="talk-figure">
      <figcaption>
        <h3>{t('talkStaff.timelineTitle')}</h3>
        <p className="hint">
          {t('talkStaff.timelineHint', { start: clock(0), now: clock(elapsedMs) })}{' '}
          <span className="talk-legend">
            <span className="talk-swatch talk-seg-tracker" aria-hidden="true" /> {t('talkStaff.legendTracker')}
          </span>{' '}
          <span className="talk-legend">
            <span className="talk-swatch talk-seg-floor" aria-hidden="true" /> {t('talkStaff.legendFloor')}
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
        <summary>{t('talkStaff.latest')}</summary>
        <ol>
          {recent.map((s) => (
            <li key={`${s.source}-${s.from}`}>
              {t('talkStaff.stretch', {
                name: names(s.participantId),
                from: clock(s.from - start),
                to: clock(s.to - start),
                source: t(s.source === 'tracker' ? 'talkStaff.source.tracker' : 'talkStaff.source.floor'),
              })}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
