import { useId } from 'react';
import type { TalkMetrics } from '../../../../shared/talk/metrics';
import { formatClock, formatDecimal } from '../../ui/format';
import { TalkBars, TalkTimeline } from './TalkCharts';
import { balanceWords, percent, sourceText } from './talk-format';
import { PlainSummary } from './PlainSummary';
import { useLocale, useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';

/**
 * The facilitators' live figures. Everything is computed on this device from
 * the intervals' timestamps (talkMetrics), re-rendered each second.
 */
export function Dashboard({ metrics, names }: { metrics: TalkMetrics; names: (id: string) => string }) {
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const m = metrics;
  const clock = (ms: number) => formatClock(ms, locale);
  const staffRows: Array<[MessageId, TalkMetrics['facilitator']]> = [
    ['talkStaff.facilitator', m.facilitator],
    ['talkStaff.cofacilitator', m.cofacilitator],
    ['talkStaff.crosstalk', m.crosstalk],
  ];
  return (
    <section className="card talk-dashboard" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('talkStaff.title')}</h2>
      <PlainSummary metrics={m} />
      {/* The statistics stay one click away; the plain lines above come first. */}
      <details className="talk-figures">
        <summary>{t('talkStaff.showFigures')}</summary>
      <p className="hint">{t('talkStaff.hint')}</p>

      <BalanceIndex value={m.balanceIndex} />

      <div className="talk-table-wrap" role="region" aria-label={t('talkStaff.tableLabel')} tabIndex={0}>
        <table className="data-table talk-table">
          <caption className="visually-hidden">{t('talkStaff.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('talkStaff.colMember')}</th>
              <th scope="col">{t('talkStaff.colTalk')}</th>
              <th scope="col">{t('talkStaff.colShare')}</th>
              <th scope="col">{t('talkStaff.colTurns')}</th>
              <th scope="col">{t('talkStaff.colSince')}</th>
            </tr>
          </thead>
          <tbody>
            {m.members.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  {t('talkStaff.noMembers')}
                </td>
              </tr>
            ) : null}
            {m.members.map((r) => (
              <tr key={r.id} data-testid="talk-row">
                <th scope="row">
                  <span className="person-name" dir="auto">{r.name}</span>
                  {r.notSpokenYet ? <span className="tag talk-flag">{t('talkStaff.notSpoken')}</span> : null}
                  {!r.notSpokenYet && r.underHalfMedian ? <span className="tag talk-flag">{t('talkStaff.underHalf')}</span> : null}
                </th>
                <td className="num">
                  <span data-testid="talk-time">{clock(r.talkMs)}</span>
                  <span className="talk-source">
                    {r.bySource.tracker > 0 ? <span className="talk-source-part">{t('talk.sourceTracker', { clock: clock(r.bySource.tracker) })}</span> : null}
                    {r.bySource.floor > 0 ? <span className="talk-source-part">{t('talk.sourceFloor', { clock: clock(r.bySource.floor) })}</span> : null}
                  </span>
                </td>
                <td className="num">
                  {percent(r.share, locale)} <span className="muted talk-fair">({percent(r.fairShare, locale)})</span>
                </td>
                <td className="num" data-testid="talk-turns">{t('common.number', { n: r.turns })}</td>
                <td className="num">{r.speakingNow ? t('talkStaff.speakingNow') : r.sinceLastSpokeMs === null ? '—' : clock(r.sinceLastSpokeMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('talkStaff.staffTitle')}</h3>
      <p className="hint">{t('talkStaff.sharesOfAll', { clock: clock(m.totalMs) })}</p>
      <dl className="talk-staff">
        {staffRows.map(([label, g]) => (
          <div key={label} className="talk-staff-row">
            <dt>{t(label)}</dt>
            <dd>
              <strong>{percent(g.share, locale)}</strong> · {clock(g.ms)} <span className="muted talk-source">({sourceText(t, g.bySource, locale)})</span>
            </dd>
          </div>
        ))}
      </dl>

      <TalkBars members={m.members} />
      <TalkTimeline metrics={m} names={names} />
      </details>
    </section>
  );
}

function BalanceIndex({ value }: { value: number | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="talk-balance">
      <p className="talk-balance-figure">
        {t('talkStaff.balanceIndex')}{' '}
        <strong data-testid="balance-index">{value === null ? '—' : formatDecimal(value, 2, locale)}</strong>
        {value === null ? null : <span className="muted"> · {balanceWords(t, value)}</span>}
      </p>
      <p className="hint">
        {value === null ? t('talkStaff.balanceWait') : t('talkStaff.balanceHint')}
      </p>
    </div>
  );
}
