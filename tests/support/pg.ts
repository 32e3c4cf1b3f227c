import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../../server/config.js';
import { PgStore } from '../../server/store/pg-store.js';
import { FakeClock, startServerOn } from './harness.js';

/**
 * A throwaway PostgreSQL database per test file, on the machine's server
 * (ATTUNE_TEST_PG, default the loopback server CI starts), dropped afterwards.
 * No server is a failure that says how to get one, never a silent skip.
 */
export const TEST_PG = process.env.ATTUNE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

const HOW = 'PostgreSQL must be running on 127.0.0.1:5432 (trust auth, database "test"), or set ATTUNE_TEST_PG. On Debian: apt-get install -y postgresql && pg_ctlcluster 15 main start';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_PG, connectionTimeoutMillis: 5_000 });
  try {
    await c.connect();
  } catch (err) {
    throw new Error(`${HOW} (${(err as Error).message})`);
  }
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `attune_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_PG);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A PgStore on its own new database; closing it drops the database. */
export async function openPgTestStore(): Promise<PgStore> {
  const db = await createTestDatabase();
  const store = await PgStore.open({ url: db.url, poolSize: 4 });
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await db.drop();
  };
  return store;
}

/** A real server over a PgStore on a throwaway database; `close` stops it and drops the database. */
export async function startPgServer(overrides: Partial<Config> = {}, clock = new FakeClock()) {
  const db = await createTestDatabase();
  const store = await PgStore.open({ url: db.url, poolSize: 6 });
  const server = await startServerOn(store, overrides, clock);
  return {
    ...server,
    db,
    /** Rows of every table that has a session_id column (and `sessions` itself) belonging to the session. */
    async rowsOfSession(sessionId: string): Promise<Record<string, number>> {
      const cols = await store.sql<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('session_id', 'id')",
      );
      const out: Record<string, number> = {};
      for (const { table_name: t, column_name: c } of cols) {
        if (c === 'id' && t !== 'sessions') continue;
        out[t] = (await store.sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${t} WHERE ${c} = $1`, [sessionId]))[0]!.n;
      }
      return out;
    },
    /** Every row of every table as text: what a dump of the database (pg_dump) would hold. */
    async dump(): Promise<string> {
      const tables = await store.sql<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      let out = '';
      for (const { tablename } of tables) {
        for (const r of await store.sql<{ row: string }>(`SELECT t::text AS row FROM ${tablename} t`)) out += `${r.row}\n`;
      }
      return out;
    },
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

export type PgTestServer = Awaited<ReturnType<typeof startPgServer>>;
