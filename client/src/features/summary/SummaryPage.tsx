import { useEffect, useState } from 'react';
import { csvTableNames } from '../../../../shared/summary/csv';
import type { SessionSummary } from '../../../../shared/summary/summary';
import { navigate } from '../../app/router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { InlineError } from '../../ui/InlineError';
import { Link } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { useSummaryFormat } from './format';
import { errorText } from '../../i18n/errors';
import { LoadStates } from './LoadStates';
import type { LoadFailure } from './LoadStates';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';
import { dayOf, deleteSession, downloadWithToken, fetchSummary, groupToken, rememberGroupToken, saveBlob, sessionToken } from './history-api';
import { SummarySections } from './SummarySections';
import './summary.css';

type Load = { state: 'loading' } | { state: 'error'; message: LoadFailure } | { state: 'ready'; summary: SessionSummary; token: string };

/** The token for this summary: this session's own link, or the group's (opened from the group page). */
function tokenFor(sessionId: string): string | null {
  const group = new URLSearchParams(window.location.search).get('group');
  return sessionToken(sessionId) ?? (group ? groupToken(group) : null);
}

export function SummaryPage({ sessionId }: { sessionId: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const t = useT();
  const f = useSummaryFormat();
  const groupName = load.state === 'ready' ? load.summary.session.groupName : null;
  useEffect(() => {
    if (groupName) document.title = `${t('summary.docTitle', { group: groupName })} · Attune`;
  }, [groupName, t]);
  useEffect(() => {
    const token = tokenFor(sessionId);
    if (!token) return setLoad({ state: 'error', message: 'summary.noLink' });
    let live = true;
    void fetchSummary(sessionId, token).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoad({ state: 'error', message: r });
      rememberGroupToken(r.data.session.groupId, token);
      setLoad({ state: 'ready', summary: r.data, token });
    });
    return () => {
      live = false;
    };
  }, [sessionId]);

  const title = t('title.summary');
  if (load.state !== 'ready')
    return <LoadStates title={title} loading="summary.loading" failedHeading="summary.unavailable" failure={load.state === 'error' ? load.message : null} />;
  const { summary, token } = load;
  const s = summary.session;
  return (
    <Page title={title} wide>
      <LanguagePicker />
      <div className="sum-head">
        <h1>{t('summary.heading', { group: s.groupName })}</h1>
        {summary.programme ? (
          <p data-testid="summary-programme">
            <span>{t('programme.sessionOf', { number: summary.programme.number, total: summary.programme.total })}</span>
            <span aria-hidden="true"> · </span>
            <span dir="auto">{t('programme.phase', { phase: summary.programme.phase })}</span>
          </p>
        ) : null}
        <p className="lede">
          {s.endedAt !== null
            ? t('summary.when', { date: f.dateText(s.startedAt), from: f.timeText(s.startedAt), to: f.timeText(s.endedAt), length: f.minutesText(s.lengthMs) })
            : t('summary.whenRunning', { date: f.dateText(s.startedAt), from: f.timeText(s.startedAt), length: f.minutesText(s.lengthMs) })}
        </p>
        <p className="sum-nav no-print">
          <Link href={`/g/${encodeURIComponent(s.groupId)}`}>{t('summary.groupLink')}</Link>
        </p>
      </div>
      <Exports summary={summary} token={token} />
      <SummarySections summary={summary} />
      <DeleteSession summary={summary} token={token} />
    </Page>
  );
}

/** A CSV table's name for people: `summary.table.<name>` (the name itself if a newer server adds one). */
function tableLabel(t: ReturnType<typeof useT>, table: string): string {
  const id = `summary.table.${table}` as MessageId;
  const label = t(id);
  return label === id ? table : label;
}

function Exports({ summary, token }: { summary: SessionSummary; token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const t = useT();
  const id = summary.session.sessionId;
  const day = dayOf(summary.session.startedAt);
  const run = async (what: string, job: () => Promise<{ ok: true } | { ok: false; code: string }>) => {
    setError(null);
    setDone(null);
    const r = await job();
    if (!r.ok) setError(errorText(t, r));
    else setDone(t('summary.downloaded', { what }));
  };
  const csv = (table: string) =>
    run(t('summary.csvWhat', { table: tableLabel(t, table) }), () => downloadWithToken(`/api/sessions/${encodeURIComponent(id)}/export/${table}.csv`, token, `attune-${day}-${table}.csv`));
  return (
    <section className="card sum-section no-print" aria-labelledby="sum-export">
      <h2 id="sum-export">{t('summary.keepCopy')}</h2>
      <p className="muted">{t('summary.filesHoldNames')}</p>
      <h3 id="sum-csv">{t('summary.csvTitle')}</h3>
      <div className="sum-buttons" role="group" aria-labelledby="sum-csv">
        {csvTableNames(summary).map((table) => (
          <button key={table} type="button" className="secondary small" aria-label={t('summary.downloadCsv', { table: tableLabel(t, table) })} onClick={() => void csv(table)}>
            {tableLabel(t, table)}
          </button>
        ))}
      </div>
      <h3>{t('summary.otherFormats')}</h3>
      <div className="sum-buttons">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(t('summary.jsonWhat'), async () => {
              saveBlob(new Blob([JSON.stringify(summary, null, 2)], { type: 'application/json' }), `attune-${day}-summary.json`);
              return { ok: true as const };
            })
          }
        >
          {t('summary.downloadJson')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void run(t('summary.notesWhat'), () => downloadWithToken(`/api/sessions/${encodeURIComponent(id)}/notes.txt`, token, `attune-notes-${day}.txt`))}
        >
          {t('summary.downloadNotes')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('summary.print')}
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
  const t = useT();
  const { sessionId, groupId } = summary.session;
  return (
    <section className="card sum-section no-print" aria-labelledby="sum-delete">
      <h2 id="sum-delete">{t('summary.deleteTitle')}</h2>
      <p className="muted">{t('summary.deleteHint')}</p>
      <ConfirmButton
        label={t('summary.deleteButton')}
        title={t('summary.deleteConfirmTitle')}
        body={t('summary.deleteConfirmBody')}
        confirmLabel={t('summary.deleteConfirm')}
        className="danger"
        onConfirm={async () => {
          const r = await deleteSession(sessionId, token);
          if (!r.ok) return setError(errorText(t, r));
          navigate(`/g/${encodeURIComponent(groupId)}`, { replace: true });
        }}
      />
      <InlineError message={error} />
    </section>
  );
}
