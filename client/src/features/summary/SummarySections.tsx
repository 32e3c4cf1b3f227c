import type { SessionSummary, SummaryCheckin } from '../../../../shared/summary/summary';
import type { CheckinView } from '../../../../shared/checkins/views';
import { CheckinResults } from '../checkins/CheckinResults';
import { formatClock } from '../../ui/format';
import { ROLE_NAMES, minutesText, timeText } from './format';

/** Each section the summary has, in reading order; a section the summary lacks is not shown. */
export function SummarySections({ summary }: { summary: SessionSummary }) {
  return (
    <>
      {summary.attendance ? <Attendance summary={summary} /> : null}
      {summary.talk ? <Talk summary={summary} /> : null}
      {summary.turns ? <Turns summary={summary} /> : null}
      {summary.checkins ? <Checkins checkins={summary.checkins} /> : null}
      {summary.feedback ? <Feedback summary={summary} /> : null}
      {summary.signals ? <Signals summary={summary} /> : null}
      {summary.timeline ? <Timeline summary={summary} /> : null}
    </>
  );
}

function Attendance({ summary }: { summary: SessionSummary }) {
  const a = summary.attendance!;
  return (
    <section className="card sum-section" aria-labelledby="sum-att">
      <h2 id="sum-att">Attendance</h2>
      <p>{a.membersAttended === 1 ? '1 member attended.' : `${a.membersAttended} members attended.`}</p>
      <div className="sum-scroll">
        <table className="sum-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In the room</th>
              <th scope="col">Time present</th>
            </tr>
          </thead>
          <tbody>
            {a.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.name}
                  <span className="sum-sub">
                    {ROLE_NAMES[r.role]}
                    {r.removed ? ', removed' : ''}
                  </span>
                </th>
                <td>{r.periods.map((p) => `${timeText(p.from)}–${timeText(p.to)}`).join(', ')}</td>
                <td>{minutesText(r.presentMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Talk time: the numbers in a table; the bars repeat the share column (with the fair share marked) for the eye. */
function Talk({ summary }: { summary: SessionSummary }) {
  const t = summary.talk!;
  const most = Math.max(0.01, ...t.members.map((m) => Math.max(m.share, m.fairShare)));
  return (
    <section className="card sum-section" aria-labelledby="sum-talk">
      <h2 id="sum-talk">Talk time</h2>
      <p>
        {t.balanceIndex === null
          ? 'No balance index: it needs at least two members and someone speaking.'
          : `Balance index ${t.balanceIndex.toFixed(2)} (1 means members spoke equally, lower means less even).`}
      </p>
      {t.members.length > 0 ? (
        <div className="sum-scroll">
          <table className="sum-table sum-talk">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Time (m:ss)</th>
                <th scope="col">Share</th>
                <th scope="col">Fair share</th>
                <th scope="col">
                  <span className="visually-hidden">Share as a bar</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {t.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td className="sum-num">{formatClock(m.talkMs)}</td>
                  <td>{pct(m.share)}</td>
                  <td>{pct(m.fairShare)}</td>
                  <td className="sum-bar-cell" aria-hidden="true">
                    <span className="sum-bar-track">
                      <span className="sum-bar" style={{ inlineSize: `${(m.share / most) * 100}%` }} />
                      <span className="sum-fair" style={{ insetInlineStart: `${(m.fairShare / most) * 100}%` }} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">
        Facilitator {formatClock(t.facilitatorMs)}, co-facilitator {formatClock(t.cofacilitatorMs)}, cross-talk {formatClock(t.crosstalkMs)}. The fair share
        is each member's part of the time if members had spoken in proportion to the time they were present; the line in each bar marks it.
      </p>
    </section>
  );
}

function Turns({ summary }: { summary: SessionSummary }) {
  const t = summary.turns!;
  const people = t.people.filter((p) => p.turns > 0 || summary.attendance?.rows.find((r) => r.id === p.id)?.role === 'member');
  return (
    <section className="card sum-section" aria-labelledby="sum-turns">
      <h2 id="sum-turns">Turns</h2>
      <p>{t.total === 1 ? '1 turn was taken on the floor.' : `${t.total} turns were taken on the floor.`}</p>
      {people.length > 0 ? (
        <table className="sum-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Turns</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.turns}</td>
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
  return (
    <section className="card sum-section" aria-labelledby="sum-ci">
      <h2 id="sum-ci">Check-ins</h2>
      {checkins.length === 0 ? <p className="muted">No check-ins in this session.</p> : null}
      {checkins.map((c) => (
        <article key={c.id} className="sum-checkin" aria-labelledby={`sum-ci-${c.id}`}>
          <h3 id={`sum-ci-${c.id}`}>
            {c.prompt} <span className="muted">({timeText(c.startedAt)})</span>
          </h3>
          {c.results ? (
            <CheckinResults checkin={asView(c)} />
          ) : (
            <p className="muted">
              {c.answered === 1 ? '1 answer' : `${c.answered} answers`}; results were not shown to the group, so they are not kept.
            </p>
          )}
        </article>
      ))}
    </section>
  );
}

const MODE_NAMES = { hotSeat: 'Hot seat', pairs: 'Member to member', group: 'To the group' } as const;

function Feedback({ summary }: { summary: SessionSummary }) {
  const f = summary.feedback!;
  return (
    <section className="card sum-section" aria-labelledby="sum-fb">
      <h2 id="sum-fb">Feedback</h2>
      {f.rounds.length === 0 ? (
        <p className="muted">No feedback rounds in this session.</p>
      ) : (
        <table className="sum-table">
          <caption className="visually-hidden">Feedback rounds</caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Submitted</th>
              <th scope="col">Shown</th>
            </tr>
          </thead>
          <tbody>
            {f.rounds.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {MODE_NAMES[r.mode]}
                  <span className="sum-sub">
                    {r.attribution === 'anonymous' ? 'Anonymous' : 'Named'}, {timeText(r.startedAt)}
                  </span>
                </th>
                <td>{r.submitted}</td>
                <td>{r.approved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {f.grid.rows.length > 0 ? (
        <div className="sum-scroll">
          <h3 id="sum-fb-grid">Who gave feedback to whom</h3>
          <table className="sum-table sum-grid" aria-labelledby="sum-fb-grid">
            <thead>
              <tr>
                <th scope="col">From</th>
                {f.grid.recipients.map((r) => (
                  <th scope="col" key={r.key}>
                    To {r.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {f.grid.rows.map((row) => (
                <tr key={row.giver ?? 'anonymous'}>
                  <th scope="row">{row.name}</th>
                  {row.counts.map((n, i) => (
                    <td key={f.grid.recipients[i]!.key}>{n}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {f.items && f.items.length > 0 ? (
        <>
          <h3>What was shared</h3>
          <ul className="sum-items">
            {f.items.map((item, i) => (
              <li key={i}>
                <p className="sum-sub">
                  {item.from} to {item.to}
                </p>
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
  return (
    <section className="card sum-section" aria-labelledby="sum-sig">
      <h2 id="sum-sig">Private signals</h2>
      <p>
        {s.raised === 0 ? 'Nobody used the private signal.' : `Raised ${s.raised} ${s.raised === 1 ? 'time' : 'times'}, acknowledged ${s.acknowledged}.`}
      </p>
    </section>
  );
}

function Timeline({ summary }: { summary: SessionSummary }) {
  return (
    <section className="card sum-section" aria-labelledby="sum-tl">
      <h2 id="sum-tl">Timeline</h2>
      <ol className="sum-timeline">
        {summary.timeline!.map((t, i) => (
          <li key={i}>
            <time dateTime={new Date(t.at).toISOString()}>{timeText(t.at)}</time> {t.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
