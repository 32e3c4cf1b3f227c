import { OwnershipLost } from '../../server/cluster/ownership.js';
import { PgLeases } from '../../server/cluster/leases.js';
import { PgStore } from '../../server/store/pg-store.js';

/**
 * Two nodes that both believe they own one session, forced at the store: node
 * X takes the lease, node Y takes it after (X is not told), then both commit
 * the same versions at the same moment, round after round. Exactly one commit
 * per version may win; the loser must be refused and give the session up.
 */
export async function forcedSplit(databaseUrl: string, sessionId: string, rounds: number) {
  const clock = { now: () => Date.now() };
  const [x, y] = await Promise.all([PgStore.open({ url: databaseUrl, poolSize: 2 }), PgStore.open({ url: databaseUrl, poolSize: 2 })]);
  const lx = new PgLeases(x.pool, 'forced-x', clock);
  const ly = new PgLeases(y.pool, 'forced-y', clock);
  x.fenceWith(lx.fenceOf);
  y.fenceWith(ly.fenceOf);
  let xGaveUp = false;
  lx.onLost(() => (xGaveUp = true));
  await lx.take(sessionId);
  await ly.take(sessionId); // X still believes it owns the session
  const out = { rounds, winsPerVersion: [] as number[], xRefusedByFence: 0, yRefused: 0, xGaveUp: false, unfencedWinsPerVersion: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const v = await y.countEvents(sessionId);
    const commit = (by: string) => ({ sessionId, fromV: v, events: [{ type: 'break:ended' as const, at: Date.now() + (by === 'x' ? 0 : 1) }], sealed: [] });
    const [rx, ry] = await Promise.allSettled([x.commit(commit('x')), y.commit(commit('y'))]);
    out.winsPerVersion.push([rx, ry].filter((r) => r.status === 'fulfilled').length);
    if (rx.status === 'rejected' && rx.reason instanceof OwnershipLost) {
      out.xRefusedByFence++;
      lx.lost(sessionId);
    }
    if (ry.status === 'rejected') out.yRefused++;
  }
  out.xGaveUp = xGaveUp;
  // Without leases (both fences off): the version check alone still lets one commit per version in.
  x.fenceWith(() => null);
  y.fenceWith(() => null);
  for (let i = 0; i < rounds; i++) {
    const v = await y.countEvents(sessionId);
    const commit = { sessionId, fromV: v, events: [{ type: 'break:ended' as const, at: Date.now() }], sealed: [] };
    const results = await Promise.allSettled([x.commit(commit), y.commit(commit)]);
    out.unfencedWinsPerVersion.push(results.filter((r) => r.status === 'fulfilled').length);
  }
  await Promise.all([x.close(), y.close()]);
  return out;
}
