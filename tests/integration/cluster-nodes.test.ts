import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openCluster } from '../../server/cluster/cluster.js';
import type { Cluster } from '../../server/cluster/cluster.js';
import { createLogger } from '../../server/logger.js';
import { PgStore } from '../../server/store/pg-store.js';
import type { Config } from '../../server/config.js';
import { FakeClock, connectClient, createSession, joinAsMember, startServerOn } from '../support/harness.js';
import type { TestClient } from '../support/harness.js';
import { NotesClient, until } from '../support/notes-clients.js';
import { createTestDatabase } from '../support/pg.js';
import { call } from './summary-support.js';
import type { TestDatabase } from '../support/pg.js';

/**
 * Two nodes in one process, sharing a throwaway PostgreSQL database and the
 * machine's Redis (REDIS_URL or 127.0.0.1:6379) under a prefix of their own:
 * limits hold across nodes, and a session taken by the other node is given
 * up at once, its sockets reconnecting to wherever they are sent.
 */
const REDIS = process.env.ATTUNE_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c().catch(() => {});
});

async function twoNodes(overrides: Partial<Config> = {}) {
  const db: TestDatabase = await createTestDatabase();
  cleanup.push(() => db.drop());
  const prefix = `attune-test-${randomBytes(4).toString('hex')}`;
  const clock = new FakeClock();
  const node = async (nodeId: string) => {
    const store = await PgStore.open({ url: db.url, poolSize: 4 });
    let cluster: Cluster;
    try {
      cluster = await openCluster({ store, redisUrl: REDIS, nodeId, clock, logger: createLogger('silent'), prefix });
    } catch (err) {
      throw new Error(`Redis must be running at ${REDIS} (apt-get install -y redis-server; redis-server --daemonize yes), or set ATTUNE_TEST_REDIS: ${(err as Error).message}`);
    }
    const server = await startServerOn(store, overrides, clock, { cluster });
    cleanup.push(async () => {
      await server.close();
      await cluster.close();
    });
    return { ...server, cluster };
  };
  return [await node('node-a'), await node('node-b')] as const;
}

describe('two nodes sharing sessions', () => {
  it('session creations per address are counted across nodes (Redis)', async () => {
    const [a, b] = await twoNodes({ sessionCreations: 3 });
    const post = (url: string) => fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ groupName: 'G', facilitatorName: 'D' }) });
    expect((await post(a.url)).status).toBe(201);
    expect((await post(b.url)).status).toBe(201);
    expect((await post(a.url)).status).toBe(201);
    expect((await post(b.url)).status).toBe(429);
    expect((await post(a.url)).status).toBe(429);
  });

  it('a join by code is sent back naming its session, so the proxy can route it to the owner', async () => {
    const [a] = await twoNodes();
    const created = await createSession(a.url);
    const headers = { 'content-type': 'application/json' };
    const body = JSON.stringify({ code: created.joinCode, name: 'Ann', acceptAgreement: true });
    const sent = await fetch(`${a.url}/api/join`, { method: 'POST', headers, body, redirect: 'manual' });
    expect(sent.status).toBe(307);
    expect(sent.headers.get('location')).toBe(`/api/join?session=${created.sessionId}`);
    const preview = await fetch(`${a.url}/api/join/${created.joinCode}`, { redirect: 'manual' });
    expect(preview.headers.get('location')).toBe(`/api/join/${created.joinCode}?session=${created.sessionId}`);
    // Nobody joined on the way; following the answer (as browsers do) joins once.
    expect(a.instance.registry.live(created.sessionId)?.current.order).toHaveLength(1);
    const followed = await fetch(`${a.url}/api/join`, { method: 'POST', headers, body });
    expect(followed.status).toBe(201);
    expect(a.instance.registry.live(created.sessionId)?.current.order).toHaveLength(2);
  });

  it('a node that loses a session to another gives it up: its commits are fenced and its sockets move', async () => {
    const [a, b] = await twoNodes();
    const created = await createSession(a.url);
    const joined = await joinAsMember(a.url, created.joinCode, 'Ann');
    const onA: TestClient = await connectClient(a.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    cleanup.push(async () => onA.close());
    expect(await onA.send('turns:setTurnLength', { seconds: 120 })).toMatchObject({ ok: true });
    const closed = new Promise((resolve) => onA.socket.once('disconnect', resolve));
    // Ann reaches node B (the proxy moved the session): B takes it, A is told and lets go.
    const onB = await connectClient(b.url, { sessionId: created.sessionId, token: joined.token });
    cleanup.push(async () => onB.close());
    expect(await closed).toBe('transport close');
    expect(a.instance.registry.live(created.sessionId)).toBeUndefined();
    expect(b.cluster.ownership.holds(created.sessionId)).toBe(true);
    expect(a.cluster.ownership.holds(created.sessionId)).toBe(false);
    // Everything A acknowledged is what B shows.
    await onB.until((v) => v.shared?.turns.turnLength === 120_000);
    expect(await onB.send('turns:raiseHand', {})).toMatchObject({ ok: true });
    expect(await a.store.countEvents(created.sessionId)).toBe(await b.store.countEvents(created.sessionId));
  });

  it('a room loaded while its session was taken elsewhere gives itself up at its first refused commit, and the node takes the session again', async () => {
    const [a, b] = await twoNodes();
    const created = await createSession(b.url);
    const id = created.sessionId;
    // A's load of the room waits here, after A has taken the lease.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const load = a.store.load.bind(a.store);
    a.store.load = async (sessionId) => {
      await gate;
      return load(sessionId);
    };
    const loading = a.instance.registry.get(id);
    await until(() => a.cluster.ownership.holds(id), 5000, 'A taking the session');
    // B takes it back before A has loaded it: A is told while it has no room to give up.
    await b.cluster.ownership.take(id);
    await until(() => !a.cluster.ownership.holds(id), 5000, 'A hearing that B took the session');
    open();
    await loading;
    a.store.load = load;
    // Whatever A's room commits is refused by the fence; that alone must make A let it go, so a
    // person reaching A is not left on a room that answers every command "unavailable".
    const onA = await connectClient(a.url, { sessionId: id, token: created.facilitatorToken }, { reconnection: true });
    cleanup.push(async () => onA.close());
    await until(() => a.cluster.ownership.holds(id), 10_000, 'A taking the session again');
    await until(async () => (await onA.send('turns:setTurnLength', { seconds: 90 })).ok, 10_000, 'a command acknowledged on A');
    expect(b.cluster.ownership.holds(id)).toBe(false);
  });

  it('notes follow the session: written on one node, stored in PostgreSQL, opened on the node that takes it over', async () => {
    const [a, b] = await twoNodes();
    const created = await createSession(a.url);
    const staffOnA = await connectClient(a.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    cleanup.push(async () => staffOnA.close());
    const notesOnA = new NotesClient(a.url, created.sessionId, staffOnA);
    cleanup.push(async () => notesOnA.close());
    await notesOnA.synced();
    notesOnA.text.insert(0, 'Ann asked about next week');
    await until(async () => (await a.store.notes.count(created.sessionId)) > 0);
    // The facilitator's next connection reaches node B: B takes the session, A closes its notes editors.
    const staffOnB = await connectClient(b.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    cleanup.push(async () => staffOnB.close());
    const notesOnB = new NotesClient(b.url, created.sessionId, staffOnB);
    cleanup.push(async () => notesOnB.close());
    await notesOnB.synced();
    expect(notesOnB.text.toString()).toBe('Ann asked about next week');
    notesOnB.text.insert(0, 'Later: ');
    await until(async () => (await call(b, 'GET', `/api/sessions/${created.sessionId}/notes.txt`, created.facilitatorToken)).text.includes('Later: Ann asked'));
  });
});
