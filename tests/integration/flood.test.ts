import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedSession, Joined } from '../../shared/protocol.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, startServer } from '../support/harness.js';
import { startFlooder } from '../support/flood.js';
import type { Flooder } from '../support/flood.js';

/**
 * One member, or one address, floods the server; another group's command
 * acknowledgements stay under twice their quiet p99, measured in this test.
 * Limits are per person (across sockets) and per address, not per socket.
 * The flood comes from another process, as it would in life: the test's own
 * process hosts the server and the quiet group, and nothing else.
 */
const ADDRESS_A = '203.0.113.10';
/** The quiet group's people, each on their own network. */
const addressB = (i: number) => `198.51.100.${20 + i}`;
const SAMPLES = 300;

let server: TestServer;
let flooder: Flooder;
beforeAll(async () => {
  server = await startServer({ trustProxy: true, commandRate: 20, commandBurst: 40, addressCommandBurst: 60, socketsPerParticipant: 4, socketsPerAddress: 12 });
  flooder = await startFlooder(server.url);
});
afterAll(async () => {
  flooder.close();
  await server.close();
});

async function post<T>(route: string, body: unknown, from: string): Promise<T> {
  const res = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
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
    const attempts = await flooder.connect(Array.from({ length: 12 }, () => ({ auth: { sessionId: loud.sessionId, token: member.token }, from: ADDRESS_A })));
    expect(attempts.filter((a) => a === 'connected')).toHaveLength(4);
    expect(attempts.filter((a) => a === 'rate_limited')).toHaveLength(8);

    await flooder.start([member.participantId]);
    const started = performance.now();
    const underMemberFlood = await measure(quiet);
    const f1 = await flooder.stop();
    const seconds = (performance.now() - started) / 1000;
    const between = await measure(quiet);
    // Accepted commands are bounded per person (40 per 2-second window), whatever the socket count.
    expect(f1.accepted).toBeLessThanOrEqual(40 * (Math.ceil(seconds / 2) + 1));
    expect(f1.sent).toBeGreaterThan(f1.accepted * 5);

    // Then many members from one address: at most 12 connections from it in all (4 are already open).
    const members: Joined[] = [];
    for (let i = 0; i < 12; i++) members.push(await post<Joined>('/api/join', { code: loud.joinCode, name: `M${i}`, acceptAgreement: true }, ADDRESS_A));
    const more = await flooder.connect(members.map((m) => ({ auth: { sessionId: loud.sessionId, token: m.token }, from: ADDRESS_A })));
    expect(more.filter((a) => a === 'connected')).toHaveLength(8);
    await flooder.start([member.participantId, ...members.map((m) => m.participantId)]);
    const addressStarted = performance.now();
    const underAddressFlood = await measure(quiet);
    const f2 = await flooder.stop();
    // Commands per address: 60 per 2-second window, however many people send them.
    expect(f2.accepted).toBeLessThanOrEqual(60 * (Math.ceil((performance.now() - addressStarted) / 2000) + 1));
    const after = await measure(quiet);

    for (const c of quiet) c.close();
    const report = { before, underMemberFlood, between, underAddressFlood, after, accepted: f1.accepted + f2.accepted, sent: f1.sent + f2.sent };
    console.log('flood p99 (ms)', JSON.stringify(report));
    // The quiet value is the highest of the three quiet runs: on a shared 2-core box the
    // quiet p99 itself swings several-fold from one second to the next. Sub-3 ms is noise.
    const quietP99 = Math.max(before, between, after, 3);
    expect(underMemberFlood).toBeLessThan(2 * quietP99);
    expect(underAddressFlood).toBeLessThan(2 * quietP99);
  }, 120_000);
});
