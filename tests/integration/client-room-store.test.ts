import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoomStore } from '../../client/src/room/room-store.js';
import type { RoomSnapshot } from '../../client/src/room/room-store.js';
import type { TestServer } from '../support/harness.js';
import { createSession, joinAsMember, startServer } from '../support/harness.js';

// The browser's room store, driven in Node against the real server: full view,
// patches, resync on a gap, acks, clock offset and the terminal statuses.

let server: TestServer;
const stores: RoomStore[] = [];
beforeEach(async () => {
  server = await startServer({ reconnectGraceMs: 200 });
});
afterEach(async () => {
  for (const s of stores.splice(0)) s.stop();
  await server.close();
});

function open(sessionId: string, token: string): RoomStore {
  const store = new RoomStore(sessionId, token, server.url);
  stores.push(store);
  store.start();
  return store;
}

function until(store: RoomStore, predicate: (s: RoomSnapshot) => boolean, ms = 3000): Promise<RoomSnapshot> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const snap = store.getSnapshot();
      if (!predicate(snap)) return false;
      clearTimeout(timer);
      unsubscribe();
      resolve(snap);
      return true;
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`store condition not met; snapshot ${JSON.stringify(store.getSnapshot())}`));
    }, ms);
    const unsubscribe = store.subscribe(() => void check());
    check();
  });
}

describe('client room store', () => {
  it('keeps the view current from full view and patches, and acks commands', async () => {
    const created = await createSession(server.url);
    const fac = open(created.sessionId, created.facilitatorToken);
    const first = await until(fac, (s) => s.status === 'online' && s.view !== null);
    expect(first.view?.me.role).toBe('facilitator');
    // The fake clock runs far from the real one: the offset bridges them.
    expect(Math.abs(Date.now() + first.clockOffset - server.clock.now())).toBeLessThan(2000);

    const ann = await joinAsMember(server.url, created.joinCode, 'Ann');
    await until(fac, (s) => s.view?.shared?.roster[ann.participantId]?.name === 'Ann');

    const ack = await fac.send('break:start', { minutes: 5 });
    expect(ack.ok).toBe(true);
    const after = await until(fac, (s) => s.view?.session.break !== null);
    expect(after.v).toBe(ack.ok ? ack.v : -1);

    const refused = await fac.send('break:start', { minutes: 5 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'break_running' } });
  });

  it('resyncs when a patch does not follow its version', async () => {
    const created = await createSession(server.url);
    const fac = open(created.sessionId, created.facilitatorToken);
    await until(fac, (s) => s.view !== null);
    // Pretend a patch was missed: the next one no longer fits, so the store asks for the full view.
    const internal = fac as unknown as { snapshot: RoomSnapshot };
    internal.snapshot = { ...internal.snapshot, v: internal.snapshot.v - 1 };
    await joinAsMember(server.url, created.joinCode, 'Bo');
    const snap = await until(fac, (s) => Object.values(s.view?.shared?.roster ?? {}).some((p) => p.name === 'Bo'));
    expect(snap.v).toBeGreaterThan(0);
  });

  it('a removed member ends in "revoked" and cannot come back with the same token', async () => {
    const created = await createSession(server.url);
    const fac = open(created.sessionId, created.facilitatorToken);
    const bo = await joinAsMember(server.url, created.joinCode, 'Bo');
    const member = open(bo.sessionId, bo.token);
    await until(member, (s) => s.view?.me.admission === 'admitted');
    await until(fac, (s) => s.status === 'online');
    expect((await fac.send('session:remove', { participantId: bo.participantId })).ok).toBe(true);
    const gone = await until(member, (s) => s.status === 'revoked');
    expect(gone.view?.me.admission).toBe('removed');

    const again = open(bo.sessionId, bo.token);
    await until(again, (s) => s.status === 'revoked');
  });

  it('an unknown token ends in "unauthorized"; a member who leaves ends in "left"', async () => {
    const created = await createSession(server.url);
    const stranger = open(created.sessionId, 'x'.repeat(32));
    await until(stranger, (s) => s.status === 'unauthorized');

    const cy = await joinAsMember(server.url, created.joinCode, 'Cy');
    const member = open(cy.sessionId, cy.token);
    await until(member, (s) => s.status === 'online' && s.view !== null);
    expect((await member.leave()).ok).toBe(true);
    expect(member.getSnapshot().status).toBe('left');
  });

  it('shows "reconnecting" while the connection is away, then comes back online as the same person', async () => {
    const created = await createSession(server.url);
    const fac = open(created.sessionId, created.facilitatorToken);
    const before = await until(fac, (s) => s.status === 'online' && s.view !== null);
    const seen: string[] = [];
    fac.subscribe(() => seen.push(fac.getSnapshot().status));
    server.instance.io.disconnectSockets(false);
    await until(fac, () => seen.includes('reconnecting'));
    const back = await until(fac, (s) => s.status === 'online');
    expect(back.view?.me.id).toBe(before.view?.me.id);
  });
});
