import { afterEach, describe, expect, it } from 'vitest';
import type { GroupPage } from '../../shared/summary/api.js';
import type { TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import { call, endedSession, rawDatabase, rowsOfSession } from './summary-support.js';

const DAY = 24 * 60 * 60_000;
// Distinctive text that appears in exactly one session: a member's name, a prompt and a word answer.
const NAME = 'Zephyrinequa';
const PROMPT = 'Quixoticprompt today?';
const WORD = 'xylophonicword';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

async function expectGone(s: TestServer, sessionId: string): Promise<void> {
  const rows = await rowsOfSession(s, sessionId);
  expect(Object.keys(rows)).toEqual(expect.arrayContaining(['sessions', 'events', 'snapshots', 'sealed', 'credentials']));
  expect(Object.values(rows).every((n) => n === 0), JSON.stringify(rows)).toBe(true);
  const bytes = rawDatabase(s);
  for (const text of [NAME, PROMPT, WORD]) expect(bytes.includes(Buffer.from(text)), text).toBe(false);
}

async function setRetention(s: TestServer, groupId: string, token: string, retentionDays: number, keepAggregates: boolean) {
  const r = await call(s, 'POST', `/api/groups/${groupId}/retention`, token, { retentionDays, keepAggregates, keepFeedbackTexts: false });
  expect(r.status).toBe(200);
}

describe('deleting now', () => {
  it('deleting a session leaves no row and no byte of it in the database file', async () => {
    server = await startServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    const { sessionId, groupId } = room.created;
    // The text really is on disk before deletion, or this test would prove nothing.
    await server.sql('PRAGMA wal_checkpoint(TRUNCATE)', 'get');
    for (const text of [NAME, PROMPT]) expect(rawDatabase(server).includes(Buffer.from(text))).toBe(true);
    const r = await call(server, 'DELETE', `/api/sessions/${sessionId}`, room.tokens.facilitator);
    expect(r.status).toBe(204);
    await expectGone(server, sessionId);
    // The facilitator's link still opens the (now empty) group page; the summary is gone.
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/summary`, room.tokens.facilitator)).status).toBe(404);
    const page = await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator);
    expect((page.json as GroupPage).sessions).toEqual([]);
  });

  it('deleting the group deletes all its sessions and the group itself', async () => {
    server = await startServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    const { sessionId, groupId } = room.created;
    expect((await call(server, 'DELETE', `/api/groups/${groupId}`, room.tokens.facilitator)).status).toBe(204);
    await expectGone(server, sessionId);
    expect(await server.sql('SELECT COUNT(*) FROM groups WHERE id = ?', 'value', groupId)).toBe(0);
    expect((await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator)).status).toBe(404);
  });

  it('deleting a running session disconnects it first, and nothing writes to it after', async () => {
    server = await startServer();
    const { checkinRoom } = await import('./checkins-support.js');
    const room = await checkinRoom(server, ['Ann', NAME]);
    const { sessionId } = room.created;
    expect((await call(server, 'DELETE', `/api/sessions/${sessionId}`, room.tokens.facilitator)).status).toBe(204);
    server.clock.advance(10 * 60_000);
    await expectGone(server, sessionId);
  });
});

describe('the scheduled purge', () => {
  it('deletes sessions whose retention has run out, keeping only the nameless aggregate if chosen', async () => {
    server = await startServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    const { sessionId, groupId } = room.created;
    await setRetention(server, groupId, room.tokens.facilitator!, 30, true);
    const now = server.clock.now();
    expect(await server.instance.retention.purgeExpired(now + 29 * DAY)).toBe(0);
    expect((await rowsOfSession(server, sessionId)).events).toBeGreaterThan(0);
    expect(await server.instance.retention.purgeExpired(now + 30 * DAY)).toBe(1);
    // The aggregate holds the prompt (a question, not a person) but no name, answer word or event.
    const rows = await rowsOfSession(server, sessionId);
    expect(rows.session_aggregates).toBe(1);
    expect(Object.entries(rows).every(([t, n]) => t === 'session_aggregates' || n === 0)).toBe(true);
    const bytes = rawDatabase(server);
    expect(bytes.includes(Buffer.from(NAME))).toBe(false);
    expect(bytes.includes(Buffer.from(WORD))).toBe(false);
    const page = (await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator)).json as GroupPage;
    expect(page.sessions).toEqual([expect.objectContaining({ sessionId, detail: false, membersAttended: 3 })]);
    expect(page.returningNames).toEqual([]);
  });

  it('"delete when the session ends" (0 days) purges at the next pass, aggregates and all', async () => {
    server = await startServer();
    const room = await endedSession(server, ['Ann', NAME, 'Cy'], WORD, PROMPT);
    await setRetention(server, room.created.groupId, room.tokens.facilitator!, 0, false);
    expect(await server.instance.retention.purgeExpired(server.clock.now())).toBe(1);
    await expectGone(server, room.created.sessionId);
  });

  it('a session that never ended expires from its start, but not on its first day', async () => {
    server = await startServer();
    const { checkinRoom } = await import('./checkins-support.js');
    const room = await checkinRoom(server, ['Ann']);
    await setRetention(server, room.created.groupId, room.tokens.facilitator!, 0, false);
    expect(await server.instance.retention.purgeExpired(server.clock.now() + DAY - 1)).toBe(0);
    expect(await server.instance.retention.purgeExpired(server.clock.now() + DAY)).toBe(1);
  });
});

describe('notes go with their session', () => {
  it('the purge deletes the Yjs updates of an expired session, even with an editor still connected', async () => {
    server = await startServer();
    const s = server;
    const { roomWith } = await import('../support/harness.js');
    const { NotesClient, until } = await import('../support/notes-clients.js');
    const { created, facilitator } = await roomWith(s, ['Ann']);
    const notes = new NotesClient(s.url, created.sessionId, facilitator);
    await notes.synced();
    const secret = 'Notesecretwordly about Ann';
    notes.text.insert(0, secret);
    await until(async () => (await s.sql<number>('SELECT COUNT(*) FROM note_updates WHERE session_id = ?', 'value', created.sessionId)) > 0);
    await s.sql('PRAGMA wal_checkpoint(TRUNCATE)', 'get');
    expect(rawDatabase(s).includes(Buffer.from('Notesecretwordly'))).toBe(true);
    expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
    await setRetention(s, created.groupId, created.facilitatorToken, 0, true);
    expect(await s.instance.retention.purgeExpired(s.clock.now())).toBe(1);
    // A late write from the cut-off editor must not bring anything back.
    await new Promise((r) => setTimeout(r, 100));
    await s.sql('PRAGMA wal_checkpoint(TRUNCATE)', 'get');
    expect((await rowsOfSession(s, created.sessionId)).note_updates).toBe(0);
    expect(rawDatabase(s).includes(Buffer.from('Notesecretwordly'))).toBe(false);
    notes.close();
  });
});
