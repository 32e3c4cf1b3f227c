import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { CreatedSession, Joined } from '../../shared/protocol.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, startServer } from '../support/harness.js';

/**
 * One member, or one address, floods the server; another group's command
 * acknowledgements stay under twice their quiet p99, measured in this test.
 * Limits are per person (across sockets) and per address, not per socket.
 */
const ADDRESS_A = '203.0.113.10';
/** The quiet group's people, each on their own network. */
const addressB = (i: number) => `198.51.100.${20 + i}`;
const SAMPLES = 300;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ trustProxy: true, commandRate: 20, commandBurst: 40, addressCommandBurst: 60, socketsPerParticipant: 4, socketsPerAddress: 12 });
});
afterAll(async () => {
  await server.close();
});

async function post<T>(route: string, body: unknown, from: string): Promise<T> {
  const res = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function rawSocket(auth: { sessionId: string; token: string }, from: string): Promise<Socket | string> {
  const s = connect(server.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { 'x-forwarded-for': from } });
  return new Promise((resolve) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', (err) => {
      s.close();
      resolve((err as Error & { data?: { code?: string } }).data?.code ?? err.message);
    });
  });
}

/** Sends 50 commands a second from each socket (2.5 times what a person may; 12 sockets send 10 times what an address may) until stopped; counts what was accepted. */
function flood(sockets: Socket[], participantIds: string[]): { stop(): void; accepted(): number; sent(): number } {
  let accepted = 0;
  let sent = 0;
  const timers = sockets.map((s, i) =>
    setInterval(() => {
      sent++;
      const raise = (sent & 1) === 0;
      s.emit(raise ? 'turns:raiseHand' : 'turns:lowerHand', raise ? {} : { participantId: participantIds[i % participantIds.length] }, (a: { ok: boolean }) => {
        if (a.ok) accepted++;
      });
    }, 20),
  );
  return { stop: () => timers.forEach(clearInterval), accepted: () => accepted, sent: () => sent };
}

/** Another group's facilitators and members each toggle a setting, round robin, one at a time. */
async function measure(group: TestClient[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const c = group[i % group.length]!;
    const t0 = performance.now();
    const ack = await c.send('turns:setBalanced', { enabled: i % 2 === 0 });
    times.push(performance.now() - t0);
    if (!ack.ok) throw new Error(`the quiet group was refused: ${JSON.stringify(ack)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.99)]!;
}

async function quietGroup(): Promise<TestClient[]> {
  const created = await post<CreatedSession>('/api/sessions', { groupName: 'Quiet', facilitatorName: 'Dana' }, addressB(0));
  const auth = (token: string) => ({ sessionId: created.sessionId, token });
  const from = (i: number) => ({ extraHeaders: { 'x-forwarded-for': addressB(i) } });
  const staff = [await connectClient(server.url, auth(created.facilitatorToken), from(0))];
  const invite = created.coFacilitatorLink.split('#invite=')[1]!;
  for (const name of ['Chris', 'Kim', 'Lee', 'Ray', 'Sam']) {
    const j = await post<Joined>(`/api/sessions/${created.sessionId}/cofacilitators`, { invite, name }, addressB(0));
    staff.push(await connectClient(server.url, auth(j.token), from(staff.length)));
  }
  return staff;
}

describe('a flood from one member or one address', () => {
  it('is held to per-person and per-address limits, and another group stays quick', async () => {
    const quiet = await quietGroup();
    // The quiet value is measured around each flood, so the box's own noise (other tests, other work) counts on both sides.
    await measure(quiet); // warm-up: the first few hundred acks also pay for JIT compilation
    const before = await measure(quiet);

    // One member opens 12 sockets: 4 are let in (sockets per person), the rest refused.
    const loud = await post<CreatedSession>('/api/sessions', { groupName: 'Loud', facilitatorName: 'Max' }, ADDRESS_A);
    const member = await post<Joined>('/api/join', { code: loud.joinCode, name: 'Flo', acceptAgreement: true }, ADDRESS_A);
    const attempts = await Promise.all(Array.from({ length: 12 }, () => rawSocket({ sessionId: loud.sessionId, token: member.token }, ADDRESS_A)));
    const open = attempts.filter((a): a is Socket => typeof a !== 'string');
    expect(open).toHaveLength(4);
    expect(attempts.filter((a) => a === 'rate_limited')).toHaveLength(8);

    const f1 = flood(open, [member.participantId]);
    const started = performance.now();
    const underMemberFlood = await measure(quiet);
    f1.stop();
    const seconds = (performance.now() - started) / 1000;
    const between = await measure(quiet);
    // Accepted commands are bounded per person (40 per 2-second window), whatever the socket count.
    expect(f1.accepted()).toBeLessThanOrEqual(40 * (Math.ceil(seconds / 2) + 1));
    expect(f1.sent()).toBeGreaterThan(f1.accepted() * 5);

    // Then many members from one address: at most 12 connections from it in all (4 are already open).
    const members: Joined[] = [];
    for (let i = 0; i < 12; i++) members.push(await post<Joined>('/api/join', { code: loud.joinCode, name: `M${i}`, acceptAgreement: true }, ADDRESS_A));
    const more = await Promise.all(members.map((m) => rawSocket({ sessionId: loud.sessionId, token: m.token }, ADDRESS_A)));
    const moreOpen = more.filter((a): a is Socket => typeof a !== 'string');
    expect(moreOpen).toHaveLength(8);
    const f2 = flood([...open, ...moreOpen], [member.participantId, ...members.map((m) => m.participantId)]);
    const addressStarted = performance.now();
    const underAddressFlood = await measure(quiet);
    f2.stop();
    // Commands per address: 60 per 2-second window, however many people send them.
    expect(f2.accepted()).toBeLessThanOrEqual(60 * (Math.ceil((performance.now() - addressStarted) / 2000) + 1));
    const after = await measure(quiet);

    for (const s of [...open, ...moreOpen]) s.close();
    for (const c of quiet) c.close();
    const report = { before, underMemberFlood, between, underAddressFlood, after, accepted: f1.accepted() + f2.accepted(), sent: f1.sent() + f2.sent() };
    console.log('flood p99 (ms)', JSON.stringify(report));
    // The quiet value is the highest of the three quiet runs: on a shared 2-core box the
    // quiet p99 itself swings several-fold from one second to the next. Sub-3 ms is noise.
    const quietP99 = Math.max(before, between, after, 3);
    expect(underMemberFlood).toBeLessThan(2 * quietP99);
    expect(underAddressFlood).toBeLessThan(2 * quietP99);
  }, 120_000);
});
