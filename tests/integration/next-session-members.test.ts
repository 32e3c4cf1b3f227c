import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinPreview } from '../../shared/protocol.js';
import type { NextSession } from '../../shared/summary/api.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, connectError, joinAsMember, roomWith, startServer } from '../support/harness.js';
import { call } from './summary-support.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const WEEK = 7 * 24 * 60 * 60_000;
const tokenOf = (c: { socket: { auth: unknown } }) => (c.socket.auth as { token: string }).token;

/** Ann and Bo join session 1; Bo is removed; it ends and a week later the facilitator starts the next one. */
async function firstThenNext() {
  const { created, facilitator, members, ids } = await roomWith(server, ['Ann', 'Bo']);
  expect(await facilitator.send('session:remove', { participantId: ids.Bo! })).toMatchObject({ ok: true });
  expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
  const tokens = { ann: tokenOf(members.Ann!), bo: tokenOf(members.Bo!) };
  for (const c of [facilitator, members.Ann!, members.Bo!]) c.close();
  server.clock.advance(WEEK);
  const startNext = async () => {
    const r = await call(server, 'POST', `/api/groups/${created.groupId}/sessions`, created.facilitatorToken, {});
    expect(r.status).toBe(201);
    return r.json as NextSession;
  };
  return { created, ids, tokens, next: await startNext(), startNext };
}

describe("a member keeps their id across the group's sessions", () => {
  it("the next session starts with last session's admitted members, offline; a member's old token opens it as themselves", async () => {
    const { ids, tokens, next } = await firstThenNext();
    const fac = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
    const before = await fac.until((v) => !!v.shared?.staff);
    expect(before.shared!.roster[ids.Ann!]).toEqual({ name: 'Ann', role: 'member', presence: 'left', notYet: true });
    expect(before.shared!.roster[ids.Bo!]).toBeUndefined();

    const ann = await connectClient(server.url, { sessionId: next.sessionId, token: tokens.ann });
    const view = await ann.until((v) => !!v.shared);
    expect(view.me).toMatchObject({ id: ids.Ann, role: 'member', admission: 'admitted' });
    expect(view.shared!.staff).toBeUndefined();
    expect((await fac.until((v) => v.shared?.roster[ids.Ann!]?.presence === 'online')).shared!.roster[ids.Ann!]!.notYet).toBeUndefined();
    // A member's commands work as themselves.
    expect(await ann.send('turns:raiseHand', {})).toMatchObject({ ok: true });
    fac.close();
    ann.close();
  });

  it('a member on a new device joins with the code as anyone does, under a new id, while their carried self has not arrived', async () => {
    const { ids, tokens, next } = await firstThenNext();
    const fresh = await joinAsMember(server.url, next.joinCode, 'Ann');
    expect(fresh.participantId).not.toBe(ids.Ann);
    // The carried Ann still comes in as herself with her old token; the name is now taken as usual.
    const ann = await connectClient(server.url, { sessionId: next.sessionId, token: tokens.ann });
    expect((await ann.until((v) => !!v.shared)).me).toMatchObject({ id: ids.Ann });
    const again = await call(server, 'POST', '/api/join', undefined, { code: next.joinCode, name: 'Ann', acceptAgreement: true });
    expect(again.status).toBe(409);
    ann.close();
  });

  it('the join page tells a carried member they are expected, and no one else', async () => {
    const { created, ids, tokens, next } = await firstThenNext();
    const preview = (token?: string) => call(server, 'GET', `/api/join/${next.joinCode}`, token);
    const known = await preview(tokens.ann);
    expect(known.status).toBe(200);
    expect((known.json as JoinPreview).returning).toEqual({ participantId: ids.Ann, name: 'Ann' });
    expect((known.json as JoinPreview).groupId).toBe(created.groupId);
    expect((await preview()).json.returning).toBeUndefined();
    expect((await preview(tokens.bo)).json.returning).toBeUndefined();
    // A staff token is no member's: staff come in by their own link.
    expect((await preview(created.facilitatorToken)).json.returning).toBeUndefined();
  });

  it('a removed member is not carried and their token opens nothing; a member token opens no staff route and no other group', async () => {
    const { created, tokens, next } = await firstThenNext();
    expect(await connectError(server.url, { sessionId: next.sessionId, token: tokens.bo })).toBe('unauthorized');
    for (const [method, route] of [
      ['GET', `/api/groups/${created.groupId}`],
      ['POST', `/api/groups/${created.groupId}/sessions`],
      ['GET', `/api/sessions/${next.sessionId}/summary`],
      ['GET', `/api/sessions/${next.sessionId}/previous-notes`],
      ['POST', `/api/sessions/${next.sessionId}/cofacilitator-invite`],
      ['GET', '/api/staff/current-session'],
    ] as const) {
      expect((await call(server, method, route, tokens.ann, method === 'POST' ? {} : undefined)).status, route).toBe(403);
    }
    const other = await roomWith(server, []);
    other.facilitator.close();
    expect(await connectError(server.url, { sessionId: other.created.sessionId, token: tokens.ann })).toBe('unauthorized');
  });

  it('a member removed in the next session stays removed, and is not carried further', async () => {
    const { ids, tokens, next, startNext } = await firstThenNext();
    const fac = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
    await fac.until((v) => !!v.shared?.staff);
    expect(await fac.send('session:remove', { participantId: ids.Ann! })).toMatchObject({ ok: true });
    expect(await connectError(server.url, { sessionId: next.sessionId, token: tokens.ann })).toBe('revoked');
    expect(await fac.send('session:end', {})).toMatchObject({ ok: true });
    fac.close();
    server.clock.advance(WEEK);
    const third = await startNext();
    expect(await connectError(server.url, { sessionId: third.sessionId, token: tokens.ann })).toBe('unauthorized');
  });

  it("a member's first token keeps opening the group's sessions, also after the session it came from is purged", async () => {
    const { created, ids, tokens, next, startNext } = await firstThenNext();
    const fac = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
    await fac.until((v) => !!v.shared?.staff);
    expect(await fac.send('session:end', {})).toMatchObject({ ok: true });
    fac.close();
    expect((await call(server, 'DELETE', `/api/sessions/${created.sessionId}`, next.facilitatorToken)).status).toBe(204);
    server.clock.advance(WEEK);
    const third = await startNext();
    const ann = await connectClient(server.url, { sessionId: third.sessionId, token: tokens.ann });
    expect((await ann.until((v) => !!v.me)).me).toMatchObject({ id: ids.Ann, admission: 'admitted' });
    ann.close();
    // Deleting the group deletes the member keys with it.
    expect((await call(server, 'DELETE', `/api/groups/${created.groupId}`, next.facilitatorToken)).status).toBe(204);
    expect(await server.sql('SELECT COUNT(*) FROM member_keys', 'value')).toBe(0);
  });
});
