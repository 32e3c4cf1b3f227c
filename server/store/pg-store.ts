import type pg from 'pg';
import type { BatchStats } from './batch-stats.js';
import type { NotesStore } from '../notes/notes-store.js';
import type { ProgrammeStore } from '../programme/programme-store.js';
import type { HistoryStore } from '../summary/history-store.js';
import type { SummaryReader } from '../summary/summaries.js';
import { PgHistory } from './pg-history.js';
import { PgNotes } from './pg-notes.js';
import { PgProgrammes } from './pg-programmes.js';
import { asStoreError, migrate, openPool } from './pg-pool.js';
import { PgSessions } from './pg-sessions.js';
import type { FenceOf } from './pg-sessions.js';
import { PgSummaries } from './pg-summaries.js';
import { PgWriter } from './pg-writer.js';
import type { Commit, Credential, LoadedSession, NewSessionRecord, SessionRow, Store } from './store.js';

/** Every method of `o` with its rejections turned into StoreUnavailable when the database, not the request, failed. */
function guarded<T extends object>(o: T): T {
  return new Proxy(o, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) =>
        Promise.resolve()
          .then(() => (v as (...a: unknown[]) => unknown).apply(target, args))
          .catch((err: unknown) => {
            throw asStoreError(err);
          });
    },
  });
}

export interface PgStoreOptions {
  /** postgres://… (DATABASE_URL). */
  url: string;
  /** Pool size: reads run in parallel; writes share one connection at a time (pg-writer.ts). */
  poolSize?: number;
  /** Which lease a commit must hold (server/cluster/leases.ts); none for a single node. */
  fenceOf?: FenceOf;
}

/**
 * The Store in PostgreSQL (node-postgres), for several nodes sharing one
 * database. Same contract as the SQLite stores: commits are durable when they
 * resolve, resolve in the order they were made (one writer, group commit) and
 * are refused on a version clash, or when this node no longer holds the
 * session's lease. A database that cannot be reached is StoreUnavailable:
 * commands are refused as retryable (`unavailable`), never acknowledged.
 */
export class PgStore implements Store {
  readonly notes: NotesStore;
  readonly history: HistoryStore;
  readonly summaries: SummaryReader;
  readonly programmes: ProgrammeStore;
  private readonly sessions: PgSessions;
  private readonly writer: PgWriter;
  private fence: FenceOf = () => null;

  private constructor(readonly pool: pg.Pool) {
    this.writer = new PgWriter(pool);
    this.sessions = guarded(new PgSessions(pool, this.writer, (id) => this.fence(id)));
    const history = new PgHistory(pool, this.writer);
    this.history = guarded(history);
    this.notes = guarded(new PgNotes(pool, this.writer));
    this.summaries = guarded(new PgSummaries(this.sessions, history));
    this.programmes = guarded(new PgProgrammes(pool, this.writer));
  }

  /** Connects and migrates (under an advisory lock, pg-pool.ts). Rejects if the database cannot be reached. */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    const pool = openPool(opts.url, opts.poolSize);
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    const store = new PgStore(pool);
    if (opts.fenceOf) store.fence = opts.fenceOf;
    return store;
  }

  /** Commits from now on must hold this node's lease on their session (set once the cluster is wired). */
  fenceWith(fenceOf: FenceOf): void {
    this.fence = fenceOf;
  }

  createSession(record: NewSessionRecord): Promise<void> {
    return this.sessions.createSession(record);
  }
  findSession(sessionId: string): Promise<SessionRow | undefined> {
    return this.sessions.findSession(sessionId);
  }
  findSessionByJoinCode(code: string): Promise<SessionRow | undefined> {
    return this.sessions.findSessionByJoinCode(code);
  }
  findCredential(tokenHash: string): Promise<Credential | undefined> {
    return this.sessions.findCredential(tokenHash);
  }
  setCoFacilitatorInvite(sessionId: string, inviteHash: string): Promise<void> {
    return this.sessions.setCoFacilitatorInvite(sessionId, inviteHash);
  }
  commit(commit: Commit): Promise<void> {
    return this.sessions.commit(commit);
  }
  load(sessionId: string): Promise<LoadedSession | undefined> {
    return this.sessions.load(sessionId);
  }
  countEvents(sessionId: string): Promise<number> {
    return this.sessions.countEvents(sessionId);
  }

  /** A read and a write that changes nothing: fails while the database cannot be reached or written. */
  async probe(): Promise<void> {
    try {
      await this.pool.query('SELECT id FROM sessions LIMIT 1');
      await this.writer.run(async (c) => void (await c.query('SELECT pg_current_xact_id()')));
    } catch (err) {
      throw asStoreError(err);
    }
  }

  /** Raw SQL against the same database: tests and tools only. */
  async sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(text, params)).rows as T[];
  }

  /** For the benchmark: transactions written, the writes in them and their times (since start, or since the last reset). */
  stats(reset = false): BatchStats {
    return this.writer.batches.read(reset);
  }

  async close(): Promise<void> {
    await this.writer.run(async () => undefined).catch(() => {});
    await this.pool.end();
  }
}
