import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PgLeases } from '../../server/cluster/leases.js';
import { FakeClock } from '../support/harness.js';

/** A lease table of one row per session, as the INSERT … ON CONFLICT in PgLeases.take leaves it. */
function leasesWithTable() {
  const epochs = new Map<string, number>();
  const pool = {
    query: async (_sql: string, params: unknown[]) => {
      const id = params[0] as string;
      const epoch = (epochs.get(id) ?? 0) + 1;
      epochs.set(id, epoch);
      return { rows: [{ epoch }] };
    },
  } as unknown as pg.Pool;
  const leases = new PgLeases(pool, 'node-a', new FakeClock());
  const given: string[] = [];
  leases.onLost((id) => given.push(id));
  return { leases, given, takeElsewhere: (id: string) => epochs.set(id, (epochs.get(id) ?? 0) + 1).get(id)! };
}

describe('PgLeases', () => {
  it('a session taken by another node is lost, and the room is given up', async () => {
    const { leases, given, takeElsewhere } = leasesWithTable();
    await leases.take('s1');
    leases.takenElsewhere('s1', takeElsewhere('s1'));
    expect(leases.holds('s1')).toBe(false);
    expect(given).toEqual(['s1']);
  });

  it('an announcement older than its own take changes nothing', async () => {
    const { leases, given } = leasesWithTable();
    await leases.take('s1');
    await leases.take('s1');
    leases.takenElsewhere('s1', 1);
    expect(leases.holds('s1')).toBe(true);
    expect(given).toEqual([]);
  });

  it('a refused commit gives the room up even when no lease is held: a room loaded while the session was taken elsewhere', async () => {
    const { leases, given, takeElsewhere } = leasesWithTable();
    await leases.take('s1');
    // Taken elsewhere while this node was still loading the room: nothing to give up yet.
    leases.takenElsewhere('s1', takeElsewhere('s1'));
    given.length = 0;
    // The room, loaded after all, commits without a lease (epoch 0) and is refused.
    expect(leases.fenceOf('s1')).toEqual({ nodeId: 'node-a', epoch: 0 });
    leases.lost('s1', 0);
    expect(given).toEqual(['s1']);
  });

  it('a refusal of a commit made before this node took the session again is ignored', async () => {
    const { leases, given, takeElsewhere } = leasesWithTable();
    await leases.take('s1');
    takeElsewhere('s1');
    await leases.take('s1');
    leases.lost('s1', 1);
    expect(leases.holds('s1')).toBe(true);
    expect(given).toEqual([]);
    // Refused under the epoch it holds now: lost.
    leases.lost('s1', leases.fenceOf('s1')!.epoch);
    expect(leases.holds('s1')).toBe(false);
    expect(given).toEqual(['s1']);
  });
});
