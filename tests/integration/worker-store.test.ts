import { afterEach, describe, expect, it } from 'vitest';
import { creationEvents } from '../../shared/domain/reducer.js';
import type { CommandAck } from '../../shared/protocol.js';
import type { ProxyStore } from '../../server/store/proxy-store.js';
import { WorkerStore } from '../../server/store/worker-store.js';
import type { NewSessionRecord } from '../../server/store/store.js';
import type { TestServer } from '../support/harness.js';
import { FakeClock, connectClient, openTestStore, roomWith, startServer, tempDir } from '../support/harness.js';

/** The worker store (server/store/worker-store.ts): group commit, failed batches, and a server on it. */
const T = 1_800_000_000_000;
function record(sessionId: string, code: string): NewSessionRecord {
  const events = creationEvents({ sessionId, groupId: `g-${sessionId}`, groupName: 'G', joinCode: code, agreement: 'A', waitingRoom: false, facilitatorId: 'f', facilitatorName: 'Dana', now: T });
  return { sessionId, groupId: `g-${sessionId}`, groupName: 'G', agreement: 'A', joinCode: code, coFacilitatorInviteHash: 'ab'.repeat(32), createdAt: T, facilitator: { participantId: 'f', name: 'Dana', tokenHash: `h-${sessionId}` }, events };
}
const breakEnded = (sessionId: string, fromV: number) => ({ sessionId, fromV, events: [{ type: 'break:ended' as const, at: T }], sealed: [] });

let store: ProxyStore | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await store?.close();
  await server?.close();
  store = undefined;
  server = undefined;
});

describe('worker store', () => {
  it('writes made together go into one transaction (group commit)', async () => {
    store = await openTestStore(tempDir(), 'worker');
    await store.createSession(record('s1', 'AAAAAA'));
    await store.stats(true);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store!.commit(breakEnded('s1', 2 + i))));
    expect(await store.stats(true)).toMatchObject({ batches: 1, writes: 50 });
    expect(await store.countEvents('s1')).toBe(52);
  });

  it('while many rooms write, a batch waits for the other rooms\' writes (the commit delay)', async () => {
    const opened = await WorkerStore.open({ dataDir: tempDir(), synchronous: 'NORMAL', commitDelayMs: 50 });
    if (!opened.ok) throw new Error(opened.message);
    store = opened.store;
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    for (const [i, id] of ids.entries()) await store.createSession(record(id, `AAAA${String(i).padStart(2, 'A')}`.replace(/\d/g, (d) => 'BCDEFGHJKL'[Number(d)]!)));
    // The rooms' commits arrive a millisecond apart, each on its own: without the delay, one transaction each.
    const commits: Promise<void>[] = [];
    for (const id of ids) {
      commits.push(store.commit(breakEnded(id, 2)));
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(commits);
    await store.stats(true);
    for (const id of ids) {
      commits.push(store.commit(breakEnded(id, 3)));
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(commits);
    const { batches, writes } = await store.stats(true);
    expect(writes).toBe(10);
    expect(batches).toBeLessThanOrEqual(3);
    for (const id of ids) expect(await store.countEvents(id)).toBe(4);
  });

  it('holds a batch\'s writes on the main thread for the delay and sends them as one, but never holds a read', async () => {
    const dir = tempDir();
    const open = async (commitDelayMs: number) => {
      const opened = await WorkerStore.open({ dataDir: dir, synchronous: 'NORMAL', commitDelayMs });
      if (!opened.ok) throw new Error(opened.message);
      return opened.store;
    };
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
    store = await open(0);
    for (const [i, id] of ids.entries()) await store.createSession(record(id, `AAAA${'BCDEFGHJKLMN'[i]!}A`));
    await store.close();
    store = await open(2_000);
    // Twelve rooms write at once: from the eighth on, writes come faster than one per 2 s, so they wait that long.
    let written = 0;
    const commits = ids.map((id) => store!.commit(breakEnded(id, 2)).then(() => written++));
    expect(await store.countEvents('s11')).toBe(2);
    expect(written).toBeLessThan(ids.length);
    await Promise.all(commits);
    const { batches, writes } = await store.stats(true);
    // The ones sent at once (one message), then the held ones together.
    expect(writes).toBe(12);
    expect(batches).toBe(2);
  });

  it('one room sending command after command is written at once, whatever the delay', async () => {
    const opened = await WorkerStore.open({ dataDir: tempDir(), synchronous: 'NORMAL', commitDelayMs: 60_000 });
    if (!opened.ok) throw new Error(opened.message);
    store = opened.store;
    await store.createSession(record('s1', 'AAAAAA'));
    // Were these waiting for siblings, each would take a minute and the test would time out.
    for (let v = 2; v < 32; v++) await store.commit(breakEnded('s1', v));
    expect(await store.countEvents('s1')).toBe(32);
  });

  it('a transaction that fails fails every write in it, keeps none of them, and the next one is written', async () => {
    store = await openTestStore(tempDir(), 'worker');
    await store.createSession(record('s1', 'AAAAAA'));
    await store.createSession(record('s2', 'BBBBBB'));
    await store.failCommits(1);
    const batch = await Promise.allSettled([store.commit(breakEnded('s1', 2)), store.commit(breakEnded('s2', 2)), store.setCoFacilitatorInvite('s1', 'cd'.repeat(32))]);
    expect(batch.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await store.countEvents('s1')).toBe(2);
    expect(await store.countEvents('s2')).toBe(2);
    expect((await store.findSession('s1'))?.coFacilitatorInviteHash).toBe('ab'.repeat(32));
    await store.commit(breakEnded('s1', 2));
    expect(await store.countEvents('s1')).toBe(3);
  });
});

describe('the record of acknowledged versions (server/store/ack-record.ts)', () => {
  it('a group deleted on purpose is not reported as lost at the next start, while a lost session still is', async () => {
    const dir = tempDir();
    store = await openTestStore(dir, 'worker');
    await store.createSession(record('s1', 'AAAAAA'));
    await store.createSession(record('s2', 'BBBBBB'));
    await store.commit(breakEnded('s1', 2));
    await store.commit(breakEnded('s2', 2));
    await store.history.deleteGroup('g-s1');
    await store.sql({ sql: "DELETE FROM sessions WHERE id = 's2'", as: 'run', params: [] }); // behind the engine's back: a loss
    await store.close();
    store = undefined;
    const reopened = await WorkerStore.open({ dataDir: dir, synchronous: 'NORMAL', commitDelayMs: 0 });
    if (!reopened.ok) throw new Error(reopened.message);
    store = reopened.store;
    expect(reopened.damage).toMatch(/acknowledged versions lost in 1 session/);
    expect(reopened.logs.map((l) => l.obj.sessionId).filter(Boolean)).toEqual(['s2']);
  });
});

describe('a server whose commit fails', () => {
  it('answers internal, shows nobody the failed changes, and carries on from what the store has', async () => {
    server = await startServer({ commandBurst: 100, commandRate: 100 }, new FakeClock(), 'worker');
    const { created, facilitator, members, ids } = await roomWith(server, ['Ann', 'Bo']);
    const ann = members.Ann!;
    const stored = () => server!.sql<number>('SELECT COUNT(*) FROM events WHERE session_id = ?', 'value', created.sessionId);
    const before = await stored();
    // Everything sent to the facilitator so far (the members coming online) has arrived.
    await facilitator.flush();
    const shownBefore = facilitator.received.length;

    await server.store.failCommits(1);
    // Pipelined: sent together, decided one on top of the other before the first is written.
    const acks: CommandAck[] = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? ann.send('turns:raiseHand', {}) : ann.send('turns:lowerHand', { participantId: ids.Ann! }))),
    );
    expect(acks[0]).toMatchObject({ ok: false, error: { code: 'internal' } });
    for (const a of acks) expect(a.ok || a.error.code === 'internal').toBe(true);
    const okCount = acks.filter((a) => a.ok).length;
    expect(await stored()).toBe(before + okCount);
    await facilitator.flush();
    // Nothing was published for the failed ones: the facilitator saw only what the store kept.
    const patches = facilitator.received.slice(shownBefore).filter((m) => m.event === 'view:patch');
    expect(patches.length).toBeLessThanOrEqual(okCount);

    // The room carries on: a new command is written and shown, and a fresh connection sees the same.
    expect(await members.Bo!.send('turns:raiseHand', {})).toMatchObject({ ok: true });
    const queue = (await facilitator.until((v) => v.shared!.turns.queue.includes(ids.Bo!))).shared!.turns.queue;
    expect(await stored()).toBe(before + okCount + 1);
    const fresh = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    expect(fresh.view!.shared!.turns.queue).toEqual(queue);
    expect(facilitator.gaps).toBe(0);
    fresh.close();
    for (const c of [facilitator, ...Object.values(members)]) c.close();
  });
});
