import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { api, connectClient, connectError, createSession, joinAsCoFacilitator, joinAsMember, roomWith, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

describe('creating and joining', () => {
  it('creates a session over REST and the facilitator sees the staff view', async () => {
    const created = await createSession(server.url);
    expect(created.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(created.facilitatorLink).toContain('#key=');
    const fac = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    expect(fac.view?.me.role).toBe('facilitator');
    expect(fac.view?.shared?.staff?.joinCode).toBe(created.joinCode);
    fac.close();
  });

  it('rejects bad create bodies with invalid_payload', async () => {
    const r = await api<{ error: { code: string } }>(server.url, 'POST', '/api/sessions', { groupName: '', facilitatorName: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_payload');
  });

  it('shows the agreement before joining, and requires accepting it', async () => {
    const created = await createSession(server.url, { agreement: 'We keep it here.' });
    const preview = await api<{ agreement: string }>(server.url, 'GET', `/api/join/${created.joinCode.toLowerCase()}`);
    expect(preview.body.agreement).toBe('We keep it here.');
    const refused = await api<{ error: { code: string } }>(server.url, 'POST', '/api/join', { code: created.joinCode, name: 'Ann', acceptAgreement: false });
    expect(refused.body.error.code).toBe('invalid_payload');
  });

  it('members see each other arrive, with presence', async () => {
    const { facilitator, members, ids } = await roomWith(server, ['Ann']);
    await facilitator.until((v) => v.shared?.roster[ids.Ann!]?.presence === 'online');
    const bo = await joinAsMember(server.url, (await facilitator.until((v) => !!v.shared?.staff)).shared!.staff!.joinCode, 'Bo');
    const boClient = await connectClient(server.url, { sessionId: bo.sessionId, token: bo.token });
    await members.Ann!.until((v) => v.shared?.roster[bo.participantId]?.presence === 'online');
    boClient.close();
    await members.Ann!.until((v) => v.shared?.roster[bo.participantId]?.presence === 'reconnecting');
    expect(members.Ann!.view?.shared?.staff).toBeUndefined();
    expect(members.Ann!.gaps).toBe(0);
  });

  it('a co-facilitator joins with the invite and gets staff controls', async () => {
    const created = await createSession(server.url);
    const co = await joinAsCoFacilitator(server.url, created, 'Chris');
    const client = await connectClient(server.url, { sessionId: co.sessionId, token: co.token });
    expect(client.view?.me.role).toBe('cofacilitator');
    expect(await client.send('break:start', { minutes: 5 })).toMatchObject({ ok: true });
    client.close();
  });
});

describe('authentication', () => {
  it('refuses missing, malformed and unknown credentials', async () => {
    const created = await createSession(server.url);
    expect(await connectError(server.url, {})).toBe('unauthorized');
    expect(await connectError(server.url, { sessionId: created.sessionId, token: 'x'.repeat(43) })).toBe('unauthorized');
    const other = await createSession(server.url);
    expect(await connectError(server.url, { sessionId: other.sessionId, token: created.facilitatorToken })).toBe('unauthorized');
  });

  it('reconnecting with the same token is the same person', async () => {
    const { created, members, ids, facilitator } = await roomWith(server, ['Ann']);
    const joinedAgain = await connectClient(server.url, { sessionId: created.sessionId, token: (await joinAsMember(server.url, created.joinCode, 'Bo')).token });
    members.Ann!.close();
    await facilitator.until((v) => v.shared?.roster[ids.Ann!]?.presence === 'reconnecting');
    joinedAgain.close();
  });
});

describe('commands', () => {
  it('acknowledges, broadcasts, and rejects a role that may not send it', async () => {
    const { facilitator, members } = await roomWith(server, ['Ann', 'Bo']);
    const ann = members.Ann!;
    const denied = await ann.send('break:start', { minutes: 5 });
    expect(denied).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    const ok = await facilitator.send('break:start', { minutes: 5 });
    expect(ok).toMatchObject({ ok: true });
    await ann.until((v) => v.session.break?.endsAt === server.clock.now() + 5 * 60_000);
    await members.Bo!.until((v) => v.session.break !== null);
  });

  it('answers malformed payloads with invalid_payload and changes nothing', async () => {
    const { facilitator } = await roomWith(server, []);
    const v = facilitator.v;
    expect(await facilitator.sendRaw('break:start', { minutes: 'ten' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await facilitator.sendRaw('break:start', { minutes: 5, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await facilitator.sendRaw('break:start')).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await facilitator.sendRaw('nonsense:do', {})).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(facilitator.v).toBe(v);
  });

  it('rate-limits a flood with rate_limited', async () => {
    const { facilitator } = await roomWith(server, []);
    const acks = await Promise.all(Array.from({ length: 40 }, () => facilitator.send('session:setWaitingRoom', { enabled: true })));
    expect(acks.some((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);
  });
});

describe('co-facilitator links', () => {
  async function newInvite(sessionId: string, token: string | undefined) {
    const res = await fetch(`${server.url}/api/sessions/${sessionId}/cofacilitator-invite`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: '{}',
    });
    return { status: res.status, body: (await res.json()) as { coFacilitatorLink?: string; error?: { code: string } } };
  }

  it('staff make a new link from any device; the old one stops working', async () => {
    const created = await createSession(server.url);
    const fresh = await newInvite(created.sessionId, created.facilitatorToken);
    expect(fresh.status).toBe(201);
    await expect(joinAsCoFacilitator(server.url, created, 'Old link')).rejects.toThrow(/forbidden/);
    const co = await joinAsCoFacilitator(server.url, { ...created, coFacilitatorLink: fresh.body.coFacilitatorLink! }, 'Chris');
    expect(co.participantId).toBeTruthy();
  });

  it('members, other sessions and no credential cannot make one', async () => {
    const created = await createSession(server.url);
    const member = await joinAsMember(server.url, created.joinCode, 'Ann');
    const other = await createSession(server.url);
    expect((await newInvite(created.sessionId, member.token)).body.error?.code).toBe('forbidden');
    expect((await newInvite(created.sessionId, other.facilitatorToken)).body.error?.code).toBe('forbidden');
    expect((await newInvite(created.sessionId, undefined)).status).toBe(403);
  });
});
