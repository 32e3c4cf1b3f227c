import pg from 'pg';
import { StoreUnavailable } from './faults.js';
import { PG_MIGRATIONS } from './pg-schema.js';

/** Timestamps are BIGINT; they fit a JavaScript number, so read them as one (not pg's default string). */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Any fixed number: the advisory lock nodes take while migrating (pg_advisory_xact_lock). */
const MIGRATION_LOCK = 0x4174_756e; // "Atun"

export function openPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // A client that loses its server (a restart), idle or checked out, must not take the process down:
  // the query under way fails (StoreUnavailable) and the pool replaces the client.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** SQLSTATE classes that mean the server or the connection failed, not our request. */
const UNAVAILABLE_STATES = /^(08|53|57|58|XX)/;
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);

/** A failure of the database server or the network, as the rooms understand it: retryable, `unavailable`. */
export function asStoreError(err: unknown): unknown {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const connectionLost = /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message);
  if (UNAVAILABLE_STATES.test(code) || NET_CODES.has(code) || connectionLost) return new StoreUnavailable(`the database is unavailable: ${code || message}`);
  return err;
}

/** Applies what has not run yet, in one transaction holding the migration lock: a node starting beside another waits, then finds nothing to do. */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = await client.query<{ version: number }>('SELECT version FROM schema_version');
    const current = row.rows[0]?.version ?? 0;
    if (row.rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    for (let i = current; i < PG_MIGRATIONS.length; i++) await client.query(PG_MIGRATIONS[i]!);
    await client.query('UPDATE schema_version SET version = $1', [PG_MIGRATIONS.length]);
    await client.query('COMMIT');
    return PG_MIGRATIONS.length - current;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
