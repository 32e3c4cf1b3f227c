import { useEffect, useState } from 'react';
import { csvTables } from '../../../../shared/summary/csv';
import type { SessionSummary } from '../../../../shared/summary/summary';
import { navigate } from '../../app/router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { InlineError } from '../../ui/InlineError';
import { Link } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { dateText, minutesText, timeText } from './format';
import { dayOf, deleteSession, downloadWithToken, fetchSummary, groupToken, rememberGroupToken, saveBlob, sessionToken } from './history-api';
import { SummarySections } from './SummarySections';
import './summary.css';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; summary: SessionSummary; token: string };

/** The token for this summary: this session's own link, or the group's (opened from the group page). */
function tokenFor(sessionId: string): string | null {
  const group = new URLSearchParams(window.location.search).get('group');
  return sessionToken(sessionId) ?? (group ? groupToken(group) : null);
}

export function SummaryPage({ sessionId }: { sessionId: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    const token = tokenFor(sessionId);
    if (!token) return setLoad({ state: 'error', message: 'This browser has no facilitator link for this session. Open your facilitator link first.' });
    let live = true;
    void fetchSummary(sessionId, token).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoad({ state: 'error', message: r.message });
      rememberGroupToken(r.data.session.groupId, token);
      document.title = `Summary · ${r.data.session.groupName} · Attune`;
      setLoad({ state: 'ready', summary: r.data, token });
    });
    return () => {
      live = false;
    };
  }, [sessionId]);

  if (load.state === 'loading') return <Page title="Session summary"><p role="status">Loading the summary…</p></Page>;
  if (load.state === 'error')
    return (
      <Page title="Session summary">
        <h1>Summary not available</h1>
        <p>{load.message}</p>
      </Page>
    );
  const { summary, token } = load;
  const s = summary.session;
  return (
    <Page title="Session summary" wide>
      <div className="sum-head">
        <h1>
          {s.groupName}: summary
        </h1>
        <p className="lede">
          {dateText(s.startedAt)}, {timeText(s.startedAt)}
          {s.endedAt !== null ? `–${timeText(s.endedAt)}` : ' (still running)'} · {minutesText(s.lengthMs)}
        </p>
        <p className="sum-nav no-print">
          <Link href={`/g/${encodeURIComponent(s.groupId)}`}>Group history and the next session</Link>
        </p>
      </div>
      <Exports summary={summary} token={token} />
      <SummarySections summary={summary} />
      <DeleteSession summary={summary} token={token} />
    </Page>
  );
}

const TABLE_LABELS: Record<string, string> = {
  session: 'Session',
  attendance: 'Attendance',
  talktime: 'Talk time',
  checkins: 'Check-ins',
  turns: 'Turns',
  signals: 'Signals',
  feedback: 'Feedback rounds',
  feedbackgrid: 'Feedback grid',
  feedbackitems: 'Feedback texts',
  timeline: 'Timeline',
};

function Exports({ summary, token }: { summary: SessionSummary; token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = summary.session.sessionId;
  const day = dayOf(summary.session.startedAt);
  const run = async (label: string, job: () => Promise<{ ok: boolean; message?: string }>) => {
    setError(null);
    setDone(null);
    const r = await job();
    if (!r.ok) setError(r.message ?? 'That did not work. Please try again.');
    else setDone(`${label} downloaded.`);
  };
  const csv = (table: string) =>
    run(`${table} CSV`, () => downloadWithToken(`/api/sessions/${encodeURIComponent(id)}/export/${table}.csv`, token, `attune-${day}-${table}.csv`));
  return (
    <section className="card sum-section no-print" aria-labelledby="sum-export">
      <h2 id="sum-export">Keep a copy</h2>
      <p className="muted">Files hold names. Store them as carefully as your clinical notes.</p>
      <h3 id="sum-csv">CSV, one file per table</h3>
      <div className="sum-buttons" role="group" aria-labelledby="sum-csv">
        {Object.keys(csvTables(summary)).map((table) => (
          <button key={table} type="button" className="secondary small" aria-label={`Download ${table} (CSV)`} onClick={() => void csv(table)}>
            {TABLE_LABELS[table] ?? table}
          </button>
        ))}
      </div>
      <h3>Other formats</h3>
      <div className="sum-buttons">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run('Summary JSON', async () => {
              saveBlob(new Blob([JSON.stringify(summary, null, 2)], { type: 'application/json' }), `attune-${day}-summary.json`);
              return { ok: true };
            })
          }
        >
          Download summary (JSON)
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void run('Notes', () => downloadWithToken(`/api/sessions/${encodeURIComponent(id)}/notes.txt`, token, `attune-notes-${day}.txt`))}
        >
          Download notes (text)
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <InlineError message={error} />
      <p role="status" aria-live="polite" className="sum-done">
        {done}
      </p>
    </section>
  );
}

function DeleteSession({ summary, token }: { summary: SessionSummary; token: string }) {
  const [error, setError] = useState<string | null>(null);
  const { sessionId, groupId } = summary.session;
  return (
    <section className="card sum-section no-print" aria-labelledby="sum-delete">
      <h2 id="sum-delete">Delete this session</h2>
      <p className="muted">Deletes everything of this session now: attendance, answers, turns, notes and its summary. The group and its other sessions stay.</p>
      <ConfirmButton
        label="Delete this session now"
        title="Delete this session for good?"
        body="Everything of this session is deleted from Attune now, notes included. This cannot be undone."
        confirmLabel="Delete this session"
        className="danger"
        onConfirm={async () => {
          const r = await deleteSession(sessionId, token);
          if (!r.ok) return setError(r.message);
          navigate(`/g/${encodeURIComponent(groupId)}`, { replace: true });
        }}
      />
      <InlineError message={error} />
    </section>
  );
}
