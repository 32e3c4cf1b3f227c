import type pg from 'pg';
import type { Clock } from '../deps.js';
import type { FenceOf } from '../store/pg-sessions.js';
import type { Ownership } from './ownership.js';

/**
 * Session ownership as a lease row in PostgreSQL (table session_leases): the
 * node, and an epoch raised by every take. Ownership is taken, not waited
 * for: the node the proxy sends a session's connections to takes the lease at
 * once (no expiry to sit out after a node dies), and every commit checks, in
 * its own transaction, that this node still holds the epoch it took (the
 * fence, pg-sessions.ts). A node that lost the session (it was away, the proxy
 * moved the session) has its next commit refused and gives the room up; its
 * sockets reconnect through the proxy to the owner.
 */
export class PgLeases implements Ownership {
  private readonly held = new Map<string, number>();
  private readonly listeners: Array<(sessionId: string) => void> = [];
  /** Tells the other nodes a session was taken (cluster.ts sends it over the adapter). */
  announce: (sessionId: string, epoch: number) => void = () => {};

  constructor(
    private readonly pool: pg.Pool,
    readonly nodeId: string,
    private readonly clock: Clock,
  ) {}

  async take(sessionId: string): Promise<void> {
    const r = await this.pool.query<{ epoch: number }>(
      `INSERT INTO session_leases (session_id, node_id, epoch, taken_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (session_id) DO UPDATE SET node_id = excluded.node_id, epoch = session_leases.epoch + 1, taken_at = excluded.taken_at
       RETURNING epoch`,
      [sessionId, this.nodeId, this.clock.now()],
    );
    const epoch = r.rows[0]!.epoch;
    this.held.set(sessionId, epoch);
    this.announce(sessionId, epoch);
  }

  /** The fence every commit must pass: this node and the epoch it took (epoch 0, never stored, when it took none). */
  readonly fenceOf: FenceOf = (sessionId) => ({ nodeId: this.nodeId, epoch: this.held.get(sessionId) ?? 0 });

  holds(sessionId: string): boolean {
    return this.held.has(sessionId);
  }

  /** Another node says it took the session with `epoch`: lost, unless this node has taken it again since. */
  takenElsewhere(sessionId: string, epoch: number): void {
    const mine = this.held.get(sessionId);
    if (mine !== undefined && mine < epoch) this.lost(sessionId);
  }

  lost(sessionId: string, fencedEpoch?: number): void {
    const mine = this.held.get(sessionId);
    if (fencedEpoch !== undefined && mine !== undefined && mine > fencedEpoch) return;
    this.held.delete(sessionId);
    // Also when no lease is held: a room loaded while the session was being taken elsewhere holds
    // none, and only its refused commits show it is there; giving up a room that is gone is harmless.
    for (const l of this.listeners) l(sessionId);
  }

  onLost(listener: (sessionId: string) => void): void {
    this.listeners.push(listener);
  }
}
