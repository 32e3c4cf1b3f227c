import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName } from '../../shared/commands.js';
import type { CommandAck } from '../../shared/protocol.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, createSession, joinAsCoFacilitator, joinAsMember, startServer } from '../support/harness.js';

let server: TestServer;
const open: TestClient[] = [];
beforeEach(async () => {
  // The fake clock stands still, so the per-socket rate limit would never refill: give tests room.
  server = await startServer({ commandBurst: 500 });
});
afterEach(async () => {
  for (const c of open.splice(0)) c.close();
  await server.close();
});

async function connect(sessionId: string, token: string): Promise<TestClient> {
  const c = await connectClient(server.url, { sessionId, token });
  open.push(c);
  return c;
}

/** Facilitator, co-facilitator and members Ann, Bo, Cy, all connected, with tokens kept for reconnecting. */
async function turnsRoom() {
  const created = await createSession(server.url);
  const fac = await connect(created.sessionId, created.facilitatorToken);
  const coJoined = await joinAsCoFacilitator(server.url, created, 'Chris');
  const co = await connect(created.sessionId, coJoined.token);
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const m: Record<string, TestClient> = {};
  for (const name of ['Ann', 'Bo', 'Cy']) {
    const j = await joinAsMember(server.url, created.joinCode, name);
    tokens[name] = j.token;
    ids[name] = j.participantId;
    m[name] = await connect(created.sessionId, j.token);
  }
  const everyone = [fac, co, ...Object.values(m)];
  /** Waits until every client has caught up with version `v`. */
  const settle = async (v: number) => Promise.all(everyone.map((c) => c.until((view) => c.v >= v && !!view.shared)));
  await fac.until((view) => Object.values(ids).every((id) => view.shared!.roster[id]?.presence === 'online'));
  await settle(fac.v);
  return { created, fac, co, m, ids, tokens, everyone, settle };
}
type Room = Awaited<ReturnType<typeof turnsRoom>>;

async function ok(p: Promise<CommandAck>): Promise<number> {
  const ack = await p;
  if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
  return ack.v;
}

const turnOf = (c: TestClient) => c.view!.shared!.turns.turn;

type Role = 'member' | 'otherMember' | 'cofacilitator' | 'facilitator';
type Expect = 'ok' | 'forbidden';
interface Row {
  name: CommandName;
  setup?: (r: Room) => Promise<number>;
  payload: (r: Room, actor: TestClient) => unknown;
  expect: Partial<Record<Role, Expect>>;
}

const roundPayload = { order: 'roster', seconds: null, includeLateJoiners: true } as const;
const annRaises = (r: Room) => ok(r.m.Ann!.send('turns:raiseHand', {}));
const annHolds = (r: Room) => ok(r.fac.send('turns:give', { participantId: r.ids.Ann!, expectedTurn: turnOf(r.fac) }));
const roundRuns = (r: Room) => ok(r.fac.send('turns:startGoAround', roundPayload));

const staffOnly = { member: 'forbidden', cofacilitator: 'ok', facilitator: 'ok' } as const;
const rows: Row[] = [
  { name: 'turns:raiseHand', payload: () => ({}), expect: { member: 'ok', cofacilitator: 'forbidden', facilitator: 'forbidden' } },
  {
    name: 'turns:lowerHand',
    setup: annRaises,
    payload: (r) => ({ participantId: r.ids.Ann }),
    expect: { member: 'ok', otherMember: 'forbidden', cofacilitator: 'ok', facilitator: 'ok' },
  },
  { name: 'turns:lowerAll', setup: annRaises, payload: () => ({}), expect: staffOnly },
  {
    name: 'turns:move',
    setup: async (r) => (await annRaises(r), ok(r.m.Bo!.send('turns:raiseHand', {}))),
    payload: (r) => ({ participantId: r.ids.Ann, direction: 'down' }),
    expect: staffOnly,
  },
  { name: 'turns:next', setup: annRaises, payload: (_r, a) => ({ expectedTurn: turnOf(a) }), expect: staffOnly },
  { name: 'turns:give', payload: (r, a) => ({ participantId: r.ids.Ann, expectedTurn: turnOf(a) }), expect: staffOnly },
  {
    name: 'turns:endTurn',
    setup: annHolds,
    payload: (_r, a) => ({ expectedTurn: turnOf(a) }),
    expect: { member: 'ok', otherMember: 'forbidden', cofacilitator: 'ok', facilitator: 'ok' },
  },
  {
    name: 'turns:pass',
    setup: roundRuns,
    payload: (_r, a) => ({ expectedTurn: turnOf(a) }),
    expect: { member: 'ok', otherMember: 'forbidden', cofacilitator: 'ok', facilitator: 'ok' },
  },
  { name: 'turns:setTurnLength', payload: () => ({ seconds: 120 }), expect: staffOnly },
  { name: 'turns:setBalanced', payload: () => ({ enabled: true }), expect: staffOnly },
  { name: 'turns:startGoAround', payload: () => roundPayload, expect: staffOnly },
  {
    name: 'turns:resumeGoAround',
    setup: async (r) => {
      await roundRuns(r);
      await ok(r.fac.send('break:start', { minutes: 5 }));
      return ok(r.fac.send('break:end', {}));
    },
    payload: (_r, a) => ({ expectedTurn: turnOf(a) }),
    expect: staffOnly,
  },
  { name: 'turns:endGoAround', setup: roundRuns, payload: () => ({}), expect: staffOnly },
];

describe('permission matrix: every turn command for every role', () => {
  const cases = rows.flatMap((row) =>
    (Object.entries(row.expect) as Array<[Role, Expect]>).map(([role, expected]) => ({ row, role, expected })),
  );

  it.each(cases)('$row.name by $role → $expected', async ({ row, role, expected }) => {
    const r = await turnsRoom();
    const v = row.setup ? await row.setup(r) : r.fac.v;
    await r.settle(v);
    // "member" acts on their own hand or turn (Ann's); "otherMember" (Bo) tries the same on Ann's.
    const actor = { member: r.m.Ann!, otherMember: r.m.Bo!, cofacilitator: r.co, facilitator: r.fac }[role];
    const ack = await actor.sendRaw(row.name, row.payload(r, actor));
    if (expected === 'ok') {
      expect(ack).toMatchObject({ ok: true });
    } else {
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      // A refused command changes nothing and sends nothing.
      expect(r.fac.v).toBe(v);
    }
  });
});

describe('turn-taking over real sockets', () => {
  it('two raised hands show in the same order on every screen, with each member’s place', async () => {
    const r = await turnsRoom();
    await ok(r.m.Bo!.send('turns:raiseHand', {}));
    const v = await ok(r.m.Ann!.send('turns:raiseHand', {}));
    await r.settle(v);
    for (const c of r.everyone) expect(c.view!.shared!.turns.queue).toEqual([r.ids.Bo, r.ids.Ann]);
  });

  it('a raised hand survives a reconnect with the same token, in the same place', async () => {
    const r = await turnsRoom();
    await ok(r.m.Ann!.send('turns:raiseHand', {}));
    const v = await ok(r.m.Bo!.send('turns:raiseHand', {}));
    await r.settle(v);
    r.m.Ann!.close();
    await r.fac.until((view) => view.shared!.roster[r.ids.Ann!]!.presence === 'reconnecting');
    expect(r.fac.view!.shared!.turns.queue).toEqual([r.ids.Ann, r.ids.Bo]);
    const again = await connect(r.created.sessionId, r.tokens.Ann!);
    expect(again.view!.shared!.turns.queue).toEqual([r.ids.Ann, r.ids.Bo]);
    await r.fac.until((view) => view.shared!.roster[r.ids.Ann!]!.presence === 'online');
    expect(r.fac.view!.shared!.turns.queue).toEqual([r.ids.Ann, r.ids.Bo]);
  });

  it('a leaver’s hand is lowered for everyone', async () => {
    const r = await turnsRoom();
    const v = await ok(r.m.Ann!.send('turns:raiseHand', {}));
    await r.settle(v);
    expect(await r.m.Ann!.send('session:leave', {})).toMatchObject({ ok: true });
    await r.m.Bo!.until((view) => view.shared!.turns.queue.length === 0);
  });

  it('a restart keeps the floor holder, its start time and the queue', async () => {
    const r = await turnsRoom();
    await ok(r.fac.send('turns:setTurnLength', { seconds: 180 }));
    await ok(r.m.Ann!.send('turns:raiseHand', {}));
    await ok(r.m.Bo!.send('turns:raiseHand', {}));
    const since = server.clock.now();
    const v = await ok(r.m.Cy!.send('turns:raiseHand', {}));
    await r.settle(v);
    await ok(r.fac.send('turns:next', { expectedTurn: turnOf(r.fac) }));
    const before = (await r.fac.until((view) => view.shared!.turns.floor !== null)).shared!.turns;

    for (const c of open.splice(0)) c.close();
    const dataDir = server.dataDir;
    await server.close();
    server = await startServer({ dataDir, commandBurst: 500 });

    const fac = await connect(r.created.sessionId, r.created.facilitatorToken);
    const after = fac.view!.shared!.turns;
    expect(after.floor).toEqual({ holderId: r.ids.Ann, since, turnLength: 180_000, source: 'queue' });
    expect(after.queue).toEqual([r.ids.Bo, r.ids.Cy]);
    expect(after).toEqual(before);
    // And it keeps working: the next press moves on from where it was.
    expect(await fac.send('turns:next', { expectedTurn: after.turn })).toMatchObject({ ok: true });
    await fac.until((view) => view.shared!.turns.floor?.holderId === r.ids.Bo);
  });

  it('two concurrent "next" presses give one change and one conflict', async () => {
    const r = await turnsRoom();
    await ok(r.m.Ann!.send('turns:raiseHand', {}));
    const v = await ok(r.m.Bo!.send('turns:raiseHand', {}));
    await r.settle(v);
    const seen = turnOf(r.fac);
    expect(turnOf(r.co)).toBe(seen);
    const acks = await Promise.all([
      r.fac.send('turns:next', { expectedTurn: seen }),
      r.co.send('turns:next', { expectedTurn: seen }),
    ]);
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(['conflict']);
    const settled = await r.m.Cy!.until((view) => view.shared!.turns.floor !== null);
    expect(settled.shared!.turns.floor?.holderId).toBe(r.ids.Ann);
    expect(settled.shared!.turns.queue).toEqual([r.ids.Bo]);
    expect(settled.shared!.turns.turn).toBe(seen + 1);
  });

  it('a go-around with a pass offers the passer a turn again at the end', async () => {
    const r = await turnsRoom();
    const send = <K extends CommandName>(c: TestClient, name: K, payload: CommandInput<K>) => ok(c.send(name, payload));
    await send(r.fac, 'turns:startGoAround', roundPayload);
    const view = await r.m.Cy!.until((v) => v.shared!.turns.goAround !== null);
    expect(view.shared!.turns.goAround).toMatchObject({ step: 1, total: 3, current: r.ids.Ann, next: r.ids.Bo });
    await r.m.Ann!.until((v) => v.shared!.turns.floor?.holderId === r.ids.Ann);
    await send(r.m.Ann!, 'turns:pass', { expectedTurn: turnOf(r.m.Ann!) });
    await r.m.Bo!.until((v) => v.shared!.turns.floor?.holderId === r.ids.Bo);
    await send(r.m.Bo!, 'turns:endTurn', { expectedTurn: turnOf(r.m.Bo!) });
    await r.m.Cy!.until((v) => v.shared!.turns.floor?.holderId === r.ids.Cy);
    await send(r.m.Cy!, 'turns:endTurn', { expectedTurn: turnOf(r.m.Cy!) });
    const revisit = await r.m.Ann!.until((v) => v.shared!.turns.goAround?.revisiting === true);
    expect(revisit.shared!.turns.floor?.holderId).toBe(r.ids.Ann);
    await send(r.m.Ann!, 'turns:endTurn', { expectedTurn: turnOf(r.m.Ann!) });
    await r.fac.until((v) => v.shared!.turns.goAround === null && v.shared!.turns.floor === null);
  });
});
