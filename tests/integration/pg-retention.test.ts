import { afterEach, describe, expect, it } from 'vitest';
import type { GroupPage } from '../../shared/summary/api.js';
import { roomWith } from '../support/harness.js';
import { NotesClient, until } from '../support/notes-clients.js';
import { startPgServer } from '../support/pg.js';
import type { PgTestServer } from '../support/pg.js';
import { checkinRoom } from './checkins-support.js';
import { call, endedSession } from './summary-support.js';

/**
 * History and retention with the PostgreSQL store: what summary-retention.test.ts
 * checks on SQLite, read from the database's rows (a dump of every table holds
 * nothing of a deleted session), on a throwaway database of the machine's server.
 */
const DAY = 24 * 60 * 60_000;
const NAME = 'Zephyrinequa';
const PROMPT = 'Quixoticprompt today?';
const WORD = 'xylophonicword';

let server: PgTestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

async function expectGone(s: PgTestServer, sessionId: string): Promise<void> {
  const rows = await s.rowsOfSession(sessionId);
  expect(Object.keys(rows)).toEqual(expect.arrayContaining(['sessions', 'events', 'snapshots', 'sealed', 'credentials', 'note_updates', 'session_leases']));
  expect(Object.values(rows).every((n) => n === 0), JSON.stringify(rows)).toBe(true);
  const dump = await s.dump();
  for (const text of [NAME, PROMPT, WORD]) expect(dump.includes(text), text).toBe(false);
}

async function setRetention(s: PgTestServer, groupId: string, token: string, retentionDays: number, keepAggregates: boolean) {
  const r = await call(s, 'POST', `/api/groups/${groupId}/retention`, token, { retentionDays, keepAggregates, keepFeedbackTexts: false });
  expect(r.status).toBe(200);
}

describe('PostgreSQL: history and deletion', () => {
  it('shows the summary and the group page, then deleting the session leaves no row of it', async () => {
    server = await startPgServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    const { sessionId, groupId } = room.created;
    const summary = await call(server, 'GET', `/api/sessions/${sessionId}/summary`, room.tokens.facilitator);
    expect(summary.status).toBe(200);
    expect((await server.dump()).includes(NAME)).toBe(true);
    const page = (await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator)).json as GroupPage;
    expect(page.sessions.map((s) => s.sessionId)).toEqual([sessionId]);
    expect((await call(server, 'DELETE', `/api/sessions/${sessionId}`, room.tokens.facilitator)).status).toBe(204);
    await expectGone(server, sessionId);
    expect(((await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator)).json as GroupPage).sessions).toEqual([]);
  });

  it('deleting the group deletes its sessions and the group itself', async () => {
    server = await startPgServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    expect((await call(server, 'DELETE', `/api/groups/${room.created.groupId}`, room.tokens.facilitator)).status).toBe(204);
    await expectGone(server, room.created.sessionId);
    expect(await server.store.sql('SELECT id FROM groups WHERE id = $1', [room.created.groupId])).toEqual([]);
  });
});

describe('PostgreSQL: the scheduled purge', () => {
  it('deletes sessions whose retention ran out, keeping only the nameless aggregate if chosen', async () => {
    server = await startPgServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    const { sessionId, groupId } = room.created;
    await setRetention(server, groupId, room.tokens.facilitator!, 30, true);
    const now = server.clock.now();
    expect(await server.instance.retention.purgeExpired(now + 29 * DAY)).toBe(0);
    expect(await server.instance.retention.purgeExpired(now + 30 * DAY)).toBe(1);
    const rows = await server.rowsOfSession(sessionId);
    expect(rows.session_aggregates).toBe(1);
    expect(Object.entries(rows).every(([t, n]) => t === 'session_aggregates' || n === 0), JSON.stringify(rows)).toBe(true);
    const dump = await server.dump();
    expect(dump.includes(NAME)).toBe(false);
    expect(dump.includes(WORD)).toBe(false);
    const page = (await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator)).json as GroupPage;
    expect(page.sessions).toEqual([expect.objectContaining({ sessionId, detail: false, membersAttended: 3 })]);
  });

  it('a session that never ended expires from its start, but not on its first day', async () => {
    server = await startPgServer();
    const room = await checkinRoom(server, ['Ann']);
    await setRetention(server, room.created.groupId, room.tokens.facilitator!, 0, false);
    expect(await server.instance.retention.purgeExpired(server.clock.now() + DAY - 1)).toBe(0);
    expect(await server.instance.retention.purgeExpired(server.clock.now() + DAY)).toBe(1);
    await expectGone(server, room.created.sessionId);
  });

  it('notes are stored in PostgreSQL and go with their session, even with an editor connected', async () => {
    server = await startPgServer();
    const s = server;
    const { created, facilitator } = await roomWith(s, ['Ann']);
    const notes = new NotesClient(s.url, created.sessionId, facilitator);
    await notes.synced();
    notes.text.insert(0, 'Notesecretwordly about Ann');
    await until(async () => (await s.rowsOfSession(created.sessionId)).note_updates! > 0);
    expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
    await setRetention(s, created.groupId, created.facilitatorToken, 0, true);
    expect(await s.instance.retention.purgeExpired(s.clock.now())).toBe(1);
    expect((await s.rowsOfSession(created.sessionId)).note_updates).toBe(0);
    expect((await s.dump()).includes('Notesecretwordly')).toBe(false);
    notes.close();
    facilitator.close();
  });
});
