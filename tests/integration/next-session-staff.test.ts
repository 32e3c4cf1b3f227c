import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentSession, NextSession, PreviousNotes } from '../../shared/summary/api.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, connectError, joinAsCoFacilitator, joinAsMember, roomWith, startServer } from '../support/harness.js';
import { NotesClient, until } from '../support/notes-clients.js';
import { call } from './summary-support.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const NOTE = 'Ann wants to talk about her sister next time.';

/** A session with a co-facilitator and a member, notes written, ended; then the facilitator starts the next one. */
async function endedThenNext(startNext = true) {
  const { created, facilitator, members, ids } = await roomWith(server, ['Ann']);
  const co = await joinAsCoFacilitator(server.url, created, 'Chris');
  const coClient = await connectClient(server.url, { sessionId: created.sessionId, token: co.token });
  const notes = new NotesClient(server.url, created.sessionId, facilitator);
  await notes.synced();
  notes.text.insert(0, NOTE);
  await until(async () => (await call(server, 'GET', `/api/sessions/${created.sessionId}/notes.txt`, created.facilitatorToken)).text.includes(NOTE));
  notes.close();
  expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
  const memberToken = (members.Ann!.socket.auth as { token: string }).token;
  for (const c of [facilitator, coClient, members.Ann!]) c.close();
  server.clock.advance(7 * 24 * 60 * 60_000);
  const r = startNext ? await call(server, 'POST', `/api/groups/${created.groupId}/sessions`, created.facilitatorToken, {}) : null;
  if (r) expect(r.status).toBe(201);
  return { created, co, memberToken, memberId: ids.Ann!, next: r?.json as NextSession };
}

describe("the group's next session keeps its co-facilitators", () => {
  it("the co-facilitator's old link opens the next session as co-facilitator; a member's opens no staff route", async () => {
    const { created, co, memberToken, next } = await endedThenNext();
    // The ended session's page asks where the group meets now.
    const current = await call(server, 'GET', '/api/staff/current-session', co.token);
    expect(current.status).toBe(200);
    expect(current.json as CurrentSession).toEqual({ sessionId: next.sessionId });
    const coNext = await connectClient(server.url, { sessionId: next.sessionId, token: co.token });
    const view = await coNext.until((v) => !!v.shared?.staff);
    expect(view.me?.id).toBe(co.participantId);
    expect(view.shared!.roster[co.participantId]).toMatchObject({ name: 'Chris', role: 'cofacilitator' });
    // A staff command goes through.
    expect(await coNext.send('break:start', { minutes: 5 })).toMatchObject({ ok: true });

    expect((await call(server, 'GET', '/api/staff/current-session', memberToken)).status).toBe(403);
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/previous-notes`, memberToken)).status).toBe(403);
    // Another group's facilitator gets nothing either.
    const other = await roomWith(server, []);
    other.facilitator.close();
    expect(await connectError(server.url, { sessionId: next.sessionId, token: other.created.facilitatorToken })).toBe('unauthorized');
    expect(created.sessionId).not.toBe(next.sessionId);
    coNext.close();
  });

  it('a co-facilitator who starts the next session leads it; the former facilitator is kept as co-facilitator', async () => {
    const { created, co } = await endedThenNext(false);
    const r = await call(server, 'POST', `/api/groups/${created.groupId}/sessions`, co.token, {});
    expect(r.status).toBe(201);
    const next = r.json as NextSession;
    const lead = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
    expect((await lead.until((v) => !!v.me)).me).toMatchObject({ id: co.participantId, role: 'facilitator' });
    const former = await connectClient(server.url, { sessionId: next.sessionId, token: created.facilitatorToken });
    expect((await former.until((v) => !!v.shared?.staff)).me).toMatchObject({ role: 'cofacilitator', admission: 'admitted' });
    lead.close();
    former.close();
  });

  it("staff are offered the last session's notes; members never receive them", async () => {
    const { created, co, next } = await endedThenNext();
    const fac = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
    const joined = await joinAsMember(server.url, next.joinCode, 'Ann');
    const member = await connectClient(server.url, { sessionId: next.sessionId, token: joined.token });
    for (const token of [next.facilitatorToken, co.token]) {
      const r = await call(server, 'GET', `/api/sessions/${next.sessionId}/previous-notes`, token);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect((r.json as PreviousNotes).previous).toMatchObject({ sessionId: created.sessionId, text: NOTE });
    }
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/previous-notes`, joined.token)).status).toBe(403);
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/previous-notes`)).status).toBe(403);
    // The first session has none before it.
    expect((await call(server, 'GET', `/api/sessions/${created.sessionId}/previous-notes`, created.facilitatorToken)).json).toEqual({ previous: null });
    await member.flush();
    expect(JSON.stringify(member.received)).not.toContain('sister');
    // Deleting the old session deletes its notes: nothing is offered any more.
    expect((await call(server, 'DELETE', `/api/sessions/${created.sessionId}`, next.facilitatorToken)).status).toBe(204);
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/previous-notes`, next.facilitatorToken)).json).toEqual({ previous: null });
    fac.close();
    member.close();
  });
});
