import type { SummaryCheckin } from '../../../../shared/checkin/summary';
import type { SessionSummary } from '../../../../shared/summary/summary';
import type { CheckinView } from '../../../../shared/checkin/views';
import { CheckinResults } from '../checkin/CheckinResults';
import { MODE_NAMES } from '../feedback/feedback-text';
import { SummaryMoments } from '../moment/SummaryMoments';
import { formatClock, formatDecimal, formatPercent } from '../../ui/format';
import { useLocale, useT } from '../../i18n/useT';
import { ScrollBox } from '../../ui/ScrollBox';
import { ROLE_NAMES, useSummaryFormat } from './format';
import { ShareBar } from '../../ui/ShareBar';
import { MapSection } from '../map/MapSection';
import { SummaryMeasures } from '../measure/SummaryMeasures';

/** Each section the summary has, in reading order; a section the summary lacks is not shown. */
export function SummarySections({ summary }: { summary: SessionSummary }) {
  return (
    <>
      {summary.attendance ? <Attendance summary={summary} /> : null}
      {summary.talk ? <Talk summary={summary} /> : null}
      {summary.map ? <MapSection figures={summary.map} /> : null}
      {summary.turns ? <Turns summary={summary} /> : null}
      {summary.checkins ? <Checkins checkins={summary.checkins} /> : null}
      {summary.measures ? <SummaryMeasures runs={summary.measures} /> : null}
      {summary.feedback ? <Feedback summary={summary} /> : null}
      {summary.signals ? <Signals summary={summary} /> : null}
      {summary.moments ? <SummaryMoments moments={summary.moments} /> : null}
      {summary.timeline ? <Timeline summary={summary} /> : null}
    </>
  );
}

function Attendance({ summary }: { summary: SessionSummary }) {
  const a = summary.attendance!;
  const t = useT();
  const f = useSummaryFormat();
  return (
    <section className="card sum-section" aria-labelledby="sum-att">
      <h2 id="sum-att">{t('summary.table.attendance')}</h2>
      <p>{t('summary.attended', { count: a.membersAttended })}</p>
      <ScrollBox labelledBy="sum-att">
        <table className="data-table sum-table">
          <thead>
            <tr>
              <th scope="col">{t('summary.colName')}</th>
              <th scope="col">{t('summary.colInRoom')}</th>
              <th scope="col">{t('summary.colPresent')}</th>
            </tr>
          </thead>
          <tbody>
            {a.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.name}
                  <span className="sum-sub">{r.removed ? t('summary.removed', { role: t(ROLE_NAMES[r.role]) }) : t(ROLE_NAMES[r.role])}</span>
                </th>
                <td>{r.periods.map((p) => `${f.timeText(p.from)}–${f.timeText(p.to)}`).join(', ')}</td>
                <td>{f.minutesText(r.presentMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

/** Talk time: the numbers in a table; the bars repeat the share column (with the fair share marked) for the eye. */
function Talk({ summary }: { summary: SessionSummary }) {
  const talk = summary.talk!;
  const t = useT();
  const locale = useLocale();
  const clock = (ms: number) => formatClock(ms, locale);
  const most = Math.max(0.01, ...talk.members.map((m) => Math.max(m.share, m.fairShare)));
  return (
    <section className="card sum-section" aria-labelledby="sum-talk">
      <h2 id="sum-talk">{t('summary.table.talktime')}</h2>
      <p>{talk.balanceIndex === null ? t('summary.noBalance') : t('summary.balance', { value: formatDecimal(talk.balanceIndex, 2, locale) })}</p>
      {talk.members.length > 0 ? (
        <ScrollBox labelledBy="sum-talk">
          <table className="data-table sum-table sum-talk">
            <thead>
              <tr>
                <th scope="col">{t('summary.colMember')}</th>
                <th scope="col">{t('summary.colTime')}</th>
                <th scope="col">{t('summary.colShare')}</th>
                <th scope="col">{t('summary.colFair')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('summary.colBar')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {talk.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td className="sum-num">{clock(m.talkMs)}</td>
                  <td>{formatPercent(m.share, locale)}</td>
                  <td>{formatPercent(m.fairShare, locale)}</td>
                  <td className="sum-bar-cell" aria-hidden="true">
                    <ShareBar share={m.share} max={most} fair={m.fairShare} small />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
      <p className="muted">{t('summary.staffTalk', { fac: clock(talk.facilitatorMs), co: clock(talk.cofacilitatorMs), cross: clock(talk.crosstalkMs) })}</p>
    </section>
  );
}

function Turns({ summary }: { summary: SessionSummary }) {
  const turns = summary.turns!;
  const t = useT();
  const people = turns.people.filter((p) => p.turns > 0 || summary.attendance?.rows.find((r) => r.id === p.id)?.role === 'member');
  return (
    <section className="card sum-section" aria-labelledby="sum-turns">
      <h2 id="sum-turns">{t('summary.table.turns')}</h2>
      <p>{t('summary.turnsTaken', { count: turns.total })}</p>
      {people.length > 0 ? (
        <table className="data-table sum-table">
          <thead>
            <tr>
              <th scope="col">{t('summary.colName')}</th>
              <th scope="col">{t('summary.colTurns')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{t('common.number', { n: p.turns })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The check-in panel's results component, fed from the summary. */
function asView(c: SummaryCheckin): CheckinView {
  const format =
    c.format === 'scale' ? { kind: 'scale' as const, low: c.labels?.low ?? '0', high: c.labels?.high ?? '10' } : c.format === 'choice' ? { kind: 'choice' as const, options: c.options ?? [] } : { kind: 'word' as const };
  return { id: c.id, prompt: c.prompt, format, minimum: 0, phase: 'revealed', startedAt: c.startedAt, answered: c.answered, expected: c.answered, results: c.results } as CheckinView;
}

function Checkins({ checkins }: { checkins: SummaryCheckin[] }) {
  const t = useT();
  const f = useSummaryFormat();
  return (
    <section className="card sum-section" aria-labelledby="sum-ci">
      <h2 id="sum-ci">{t('summary.checkins')}</h2>
      {checkins.length === 0 ? <p className="muted">{t('summary.noCheckins')}</p> : null}
      {checkins.map((c) => (
        <article key={c.id} className="sum-checkin" aria-labelledby={`sum-ci-${c.id}`}>
          <h3 id={`sum-ci-${c.id}`}>
            {c.prompt} <span className="muted">({f.timeText(c.startedAt)})</span>
          </h3>
          {c.results ? (
            <CheckinResults checkin={asView(c)} />
          ) : (
            <p className="muted">{t('summary.notShown', { count: c.answered })}</p>
          )}
        </article>
      ))}
    </section>
  );
}

function Feedback({ summary }: { summary: SessionSummary }) {
  const f = summary.feedback!;
  const t = useT();
  const { timeText } = useSummaryFormat();
  return (
    <section className="card sum-section" aria-labelledby="sum-fb">
      <h2 id="sum-fb">{t('summary.feedback')}</h2>
      {f.rounds.length === 0 ? (
        <p className="muted">{t('summary.noRounds')}</p>
      ) : (
        <table className="data-table sum-table">
          <caption className="visually-hidden">{t('summary.rounds')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.colRound')}</th>
              <th scope="col">{t('summary.colSubmitted')}</th>
              <th scope="col">{t('summary.colShown')}</th>
            </tr>
          </thead>
          <tbody>
            {f.rounds.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {t(MODE_NAMES[r.mode])}
                  <span className="sum-sub">{t('summary.roundSub', { attribution: r.attribution, time: timeText(r.startedAt) })}</span>
                </th>
                <td>{t('common.number', { n: r.submitted })}</td>
                <td>{t('common.number', { n: r.approved })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {f.grid.rows.length > 0 ? (
        <ScrollBox labelledBy="sum-fb-grid">
          <h3 id="sum-fb-grid">{t('fbStaff.gridTitle')}</h3>
          <table className="data-table sum-table sum-grid" aria-labelledby="sum-fb-grid">
            <thead>
              <tr>
                <th scope="col">{t('summary.colFrom')}</th>
                {f.grid.recipients.map((r) => (
                  <th scope="col" key={r.key}>
                    {t('summary.to', { name: r.name })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {f.grid.rows.map((row) => (
                <tr key={row.giver ?? 'anonymous'}>
                  <th scope="row">{row.name}</th>
                  {row.counts.map((n, i) => (
                    <td key={f.grid.recipients[i]!.key}>{t('common.number', { n })}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
      {f.items && f.items.length > 0 ? (
        <>
          <h3>{t('summary.whatShared')}</h3>
          <ul className="sum-items">
            {f.items.map((item, i) => (
              <li key={i}>
                <p className="sum-sub">{t('summary.fromTo', { from: item.from, to: item.to })}</p>
                {item.parts.map((p, n) => (
                  <p key={n}>
                    <strong>{p.label}</strong> {p.text}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Signals({ summary }: { summary: SessionSummary }) {
  const s = summary.signals!;
  const t = useT();
  return (
    <section className="card sum-section" aria-labelledby="sum-sig">
      <h2 id="sum-sig">{t('summary.signals')}</h2>
      <p>{s.raised === 0 ? t('summary.noSignals') : t('summary.signalCounts', { raised: s.raised, acknowledged: s.acknowledged })}</p>
    </section>
  );
}

/** The timeline's lines are the server's, in the group's language (marked so a screen reader says them right). */
function Timeline({ summary }: { summary: SessionSummary }) {
  const t = useT();
  const { timeText } = useSummaryFormat();
  return (
    <section className="card sum-section" aria-labelledby="sum-tl">
      <h2 id="sum-tl">{t('summary.timeline')}</h2>
      <ol className="sum-timeline">
        {summary.timeline!.map((entry, i) => (
          <li key={i}>
            <time dateTime={new Date(entry.at).toISOString()}>{timeText(entry.at)}</time> <span dir="auto" lang={summary.session.language}>{entry.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
