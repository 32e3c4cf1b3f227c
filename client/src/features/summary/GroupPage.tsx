import { useCallback, useEffect, useState } from 'react';
import type { GroupPage as GroupData, NextSession } from '../../../../shared/summary/api';
import { saveCredential, saveLinks } from '../../app/credentials';
import { navigate } from '../../app/router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { InlineError } from '../../ui/InlineError';
import { Link } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { compactDate, minutesText, timeText } from './format';
import { deleteGroup, fetchGroup, forgetGroupToken, groupToken, startNextSession } from './history-api';
import { RetentionForm } from './RetentionForm';
import { TrendChart } from './TrendChart';
import './summary.css';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: GroupData; token: string };

/** A group's sessions over time, its trends, the next session, retention and deletion. Staff only. */
export function GroupPage({ groupId }: { groupId: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const reload = useCallback(async () => {
    const token = groupToken(groupId);
    if (!token) return setLoad({ state: 'error', message: 'This browser has no facilitator link for this group. Open a session of the group from your facilitator link first.' });
    const r = await fetchGroup(groupId, token);
    if (!r.ok) return setLoad({ state: 'error', message: r.message });
    document.title = `${r.data.group.name} · Group history · Attune`;
    setLoad({ state: 'ready', data: r.data, token });
  }, [groupId]);
  useEffect(() => void reload(), [reload]);

  if (load.state === 'loading') return <Page title="Group history"><p role="status">Loading the group…</p></Page>;
  if (load.state === 'error')
    return (
      <Page title="Group history">
        <h1>Group not available</h1>
        <p>{load.message}</p>
      </Page>
    );
  const { data, token } = load;
  return (
    <Page title="Group history" wide>
      <h1>{data.group.name}</h1>
      <p className="lede">{data.sessions.length === 1 ? '1 session so far.' : `${data.sessions.length} sessions so far.`}</p>
      <NextSessionCard groupId={groupId} token={token} returningNames={data.returningNames} />
      <Sessions data={data} />
      <Trends data={data} />
      <RetentionForm groupId={groupId} token={token} initial={data.group} onSaved={() => void reload()} />
      <DeleteGroup groupId={groupId} token={token} name={data.group.name} />
    </Page>
  );
}

function NextSessionCard({ groupId, token, returningNames }: { groupId: string; token: string; returningNames: string[] }) {
  const [next, setNext] = useState<NextSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    const r = await startNextSession(groupId, token);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    saveCredential(r.data.sessionId, { token: r.data.facilitatorToken });
    saveLinks(r.data);
    setNext(r.data);
  };
  const origin = window.location.origin;
  return (
    <section className="card sum-section" aria-labelledby="next-title">
      <h2 id="next-title">Next session</h2>
      {next ? (
        <div role="status">
          <p>
            The next session is ready. Join code <strong className="code">{next.joinCode}</strong>, link{' '}
            <code>{origin + next.memberLink}</code>
          </p>
          {next.returningNames.length > 0 ? (
            <>
              <p>Personal links for last time's members (their name is filled in for them). Send each person only their own:</p>
              <ul className="sum-links">
                {next.returningNames.map((name) => (
                  <li key={name}>
                    {name}: <code>{`${origin}${next.memberLink}#name=${encodeURIComponent(name)}`}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <button type="button" className="primary" onClick={() => navigate(`/s/${encodeURIComponent(next.sessionId)}`)}>
            Open the new session
          </button>
        </div>
      ) : (
        <>
          <p className="muted">Same group, same agreement, and you as facilitator. Members join with a new code.</p>
          {returningNames.length > 0 ? <p>Last time: {returningNames.join(', ')}.</p> : null}
          <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
            {busy ? 'Starting…' : 'Start the next session'}
          </button>
        </>
      )}
      <InlineError message={error} />
    </section>
  );
}

function Sessions({ data }: { data: GroupData }) {
  return (
    <section className="card sum-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <div className="sum-scroll">
        <table className="sum-table" data-testid="group-sessions">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Length</th>
              <th scope="col">Members</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {[...data.sessions].reverse().map((s) => (
              <tr key={s.sessionId}>
                <th scope="row">
                  {s.detail ? (
                    <Link href={`/s/${encodeURIComponent(s.sessionId)}/summary?group=${encodeURIComponent(data.group.id)}`}>{compactDate(s.startedAt)}</Link>
                  ) : (
                    compactDate(s.startedAt)
                  )}
                  <span className="sum-sub">{timeText(s.startedAt)}</span>
                </th>
                <td>{s.endedAt === null ? 'Running' : minutesText(s.lengthMs)}</td>
                <td>{s.membersAttended}</td>
                <td>{!s.detail ? 'Deleted; totals kept' : s.deleteAfter === null ? 'Kept' : `Kept until ${compactDate(s.deleteAfter)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Trends({ data }: { data: GroupData }) {
  const t = data.trends;
  const maxMembers = Math.max(1, ...t.attendance.map((p) => p.value));
  return (
    <section className="card sum-section" aria-labelledby="trends-title">
      <h2 id="trends-title">Trends</h2>
      {data.sessions.length < 2 ? <p className="muted">Trends appear once the group has two sessions.</p> : null}
      <div className="trend-grid">
        <TrendChart title="Members attending" points={t.attendance} max={maxMembers} />
        {t.balanceIndex.length > 0 ? <TrendChart title="Talk-time balance (1 = even)" points={t.balanceIndex} max={1} format={(v) => v.toFixed(2)} /> : null}
        {t.scales.map((s) => (
          <TrendChart key={s.prompt} title={`Mean: ${s.prompt}`} points={s.points} max={10} format={(v) => v.toFixed(1)} />
        ))}
      </div>
    </section>
  );
}

function DeleteGroup({ groupId, token, name }: { groupId: string; token: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card sum-section" aria-labelledby="delete-group-title">
      <h2 id="delete-group-title">Delete this group</h2>
      <p className="muted">Deletes every session of {name}, their notes and summaries, and the kept totals. Links to its sessions stop working.</p>
      <ConfirmButton
        label="Delete this group now"
        title={`Delete ${name} for good?`}
        body="Every session of this group is deleted from Attune now. This cannot be undone."
        confirmLabel="Delete the group"
        className="danger"
        onConfirm={async () => {
          const r = await deleteGroup(groupId, token);
          if (!r.ok) return setError(r.message);
          forgetGroupToken(groupId);
          navigate('/', { replace: true });
        }}
      />
      <InlineError message={error} />
    </section>
  );
}
