import pg from 'pg';
import type { Acked } from './actors.js';

/**
 * What the cluster test reads from the cluster's PostgreSQL: who owns which
 * session, and the stored log, sampled now and then so that a version ever
 * stored with two different contents would be seen.
 */
export class LogWatch {
  readonly pool: pg.Pool;
  private readonly seen = new Map<string, string>();
  conflicts: string[] = [];
  samples = 0;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 2000 });
    this.pool.on('error', () => {});
  }

  async owners(): Promise<Map<string, string>> {
    const rows = (await this.pool.query<{ session_id: string; node_id: string }>('SELECT session_id, node_id FROM session_leases')).rows;
    return new Map(rows.map((r) => [r.session_id, r.node_id]));
  }

  /** Reads every stored event; a (session, version) seen before with another content is a conflict. Tolerates the database being away. */
  async sample(): Promise<boolean> {
    try {
      const rows = (await this.pool.query<{ session_id: string; seq: number; body: string }>('SELECT session_id, seq, body FROM events')).rows;
      for (const r of rows) {
        const key = `${r.session_id}:${r.seq}`;
        const was = this.seen.get(key);
        if (was === undefined) this.seen.set(key, r.body);
        else if (was !== r.body) this.conflicts.push(key);
      }
      this.samples++;
      return true;
    } catch {
      return false;
    }
  }

  /** Acknowledged commands missing from the stored log. */
  async missing(acked: Acked[]): Promise<Acked[]> {
    const rows = (await this.pool.query<{ session_id: string; body: string }>('SELECT session_id, body FROM events')).rows;
    const bySession = new Map<string, string[]>();
    for (const r of rows) {
      const list = bySession.get(r.session_id) ?? [];
      list.push(r.body);
      bySession.set(r.session_id, list);
    }
    return acked.filter((a) => !(bySession.get(a.sessionId) ?? []).some((b) => b.includes(`"type":"${a.type}"`) && a.holds.every((h) => b.includes(h))));
  }

  /** Versions stored for the session, in order: must be 1…n with no gap or repeat. */
  async versionsContiguous(): Promise<boolean> {
    const rows = (await this.pool.query<{ ok: boolean }>('SELECT bool_and(n = mx) AS ok FROM (SELECT COUNT(*) AS n, MAX(seq) AS mx FROM events GROUP BY session_id) t')).rows;
    return rows[0]?.ok ?? true;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
