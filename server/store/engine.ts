import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { SqliteNotes } from '../notes/notes-store.js';
import { SqliteProgrammes } from '../programme/programme-store.js';
import { SqliteHistory } from '../summary/history-store.js';
import { SqliteSummaries } from '../summary/summaries.js';
import type { AckRecord } from './ack-record.js';
import { BatchRecorder, threadCpuMs, type BatchStats } from './batch-stats.js';
import { probeDatabase, probeDirectory } from './faults.js';
import { SqliteSessions } from './sqlite-store.js';
import type { Commit } from './store.js';

/**
 * The storage engine: every table behind one synchronous better-sqlite3 handle,
 * and the one table of operations the asynchronous stores forward to it. In the
 * server it lives on the store worker's thread (worker-store.ts); tests and
 * tools may run it in process (local-store.ts).
 *
 * Each operation has a kind: a `read` runs as soon as it arrives; a `write` is
 * queued and committed with the writes queued beside it, one transaction (and
 * one fsync) for the batch, each in its own savepoint so one refused write (a
 * version clash) fails alone; an `alone` operation (VACUUM, the probe) runs
 * outside any transaction, in its place in the queue.
 */
export type OpKind = 'read' | 'write' | 'alone';

export const OPS = {
  sessions: {
    createSession: 'write',
    findSession: 'read',
    findSessionByJoinCode: 'read',
    findCredential: 'read',
    setCoFacilitatorInvite: 'write',
    commit: 'write',
    load: 'read',
    countEvents: 'read',
  },
  notes: { append: 'write', load: 'read', compact: 'write', count: 'read' },
  history: {
    group: 'read',
    setRetention: 'write',
    measureSettings: 'read',
    setMeasureSettings: 'write',
    sessionsOf: 'read',
    allEvents: 'read',
    aggregatesOf: 'read',
    putAggregate: 'write',
    findKey: 'read',
    putKey: 'write',
    findMemberKey: 'read',
    createNextSession: 'write',
    expiredSessions: 'read',
    deleteSession: 'write',
    deleteGroup: 'write',
    compact: 'alone',
  },
  summaries: { summary: 'read', aggregate: 'read', people: 'read' },
  programmes: { programme: 'read', setProgramme: 'write', clearProgramme: 'write', preparation: 'read', setPreparation: 'write', keepPreparationOf: 'write' },
  engine: { probe: 'alone', sql: 'alone', failCommits: 'alone', stats: 'read' },
} as const satisfies Record<string, Record<string, OpKind>>;

export type Target = keyof typeof OPS;

export interface Op {
  target: Target;
  method: string;
  args: unknown[];
}

export type OpResult = { ok: true; value: unknown } | { ok: false; error: unknown };

export function kindOf(op: Op): OpKind {
  const kind = (OPS[op.target] as Record<string, OpKind> | undefined)?.[op.method];
  if (!kind) throw new Error(`unknown storage operation ${op.target}.${op.method}`);
  return kind;
}

/** Whose write this is, for the commit pacer (commit-pacer.ts): a session's commit or notes, or nobody's. */
export function writerOf(op: Op): string | undefined {
  if (op.target === 'sessions' && op.method === 'commit') return (op.args[0] as Commit).sessionId;
  if (op.target === 'notes' && op.method === 'append') return op.args[0] as string;
  return undefined;
}

/** Raw SQL, for tests and tools only (TestServer.sql()): the server itself never sends any. */
export interface SqlRequest {
  sql: string;
  params?: unknown[];
  /** run: changes; get: one row; all: rows; value: first column of one row; values: first column of every row; exec: nothing. */
  as: 'run' | 'get' | 'all' | 'value' | 'values' | 'exec';
}

function runSql(db: Database.Database, { sql, params = [], as }: SqlRequest): unknown {
  if (as === 'exec') return void db.exec(sql);
  const stmt = db.prepare(sql);
  switch (as) {
    case 'run':
      return stmt.run(...params).changes;
    case 'get':
      return stmt.get(...params);
    case 'all':
      return stmt.all(...params);
    case 'value':
      return stmt.pluck().get(...params);
    case 'values':
      return stmt.pluck().all(...params);
  }
}

export type { BatchStats } from './batch-stats.js';

/** A write failed as a whole (a failed COMMIT, or one injected by a test): every write of the batch fails with it. */
export class BatchFailed extends Error {}

export class StorageEngine {
  readonly sessions: SqliteSessions;
  readonly notes: SqliteNotes;
  readonly history: SqliteHistory;
  readonly summaries: SqliteSummaries;
  readonly programmes: SqliteProgrammes;
  readonly engine = {
    probe: (): void => {
      if (this.dataDir !== null) probeDirectory(this.dataDir);
      probeDatabase(this.db);
    },
    sql: (req: SqlRequest): unknown => runSql(this.db, req),
    /** Tests only: the next `n` transactions that hold a commit fail as a whole, as a failed fsync would. */
    failCommits: (n: number): void => {
      this.failing = n;
    },
    /** For the benchmark: batches written, writes in them, and how long each transaction took (its fsync included). */
    stats: (reset: boolean): BatchStats => this.batches.read(reset),
  };
  private failing = 0;
  /** The engine has a thread of its own in the server (the store worker): its CPU is counted with the batches. */
  private readonly batches = new BatchRecorder(threadCpuMs);

  /** `file` is the database path (its directory is probed) or ':memory:'. */
  constructor(
    readonly db: Database.Database,
    file: string,
    private readonly record: AckRecord | null = null,
  ) {
    this.dataDir = file === ':memory:' ? null : path.dirname(file);
    this.sessions = new SqliteSessions(db);
    this.notes = new SqliteNotes(db);
    this.history = new SqliteHistory(db);
    this.summaries = new SqliteSummaries(this.sessions, this.history);
    this.programmes = new SqliteProgrammes(db);
    // Built once: better-sqlite3's transaction wrappers are not free to build, and this runs for every batch.
    this.inTransaction = db.transaction((ops: Op[], results: OpResult[]) => this.writeAll(ops, results));
    this.inSavepoint = db.transaction((op: Op) => this.invoke(op));
  }

  private readonly dataDir: string | null;

  private invoke(op: Op): unknown {
    kindOf(op);
    const target = this[op.target] as unknown as Record<string, (...args: unknown[]) => unknown>;
    return target[op.method]!.apply(target, op.args);
  }

  /** A read or an `alone` operation, directly. */
  runOne(op: Op): unknown {
    if (kindOf(op) === 'write') throw new Error('writes go through runBatch');
    return this.invoke(op);
  }

  /**
   * Writes, in one transaction: one fsync for all. A write that throws is rolled
   * back to its savepoint and fails alone; a transaction that fails fails them all.
   */
  runBatch(ops: Op[]): OpResult[] {
    const results: OpResult[] = [];
    const t0 = performance.now();
    try {
      this.inTransaction(ops, results);
    } catch (error) {
      return ops.map(() => ({ ok: false, error }));
    }
    this.batches.record(performance.now() - t0, ops.length);
    this.recordDurable(ops, results);
    return results;
  }

  /** The batch's transaction, and a savepoint for one write of several. */
  private readonly inTransaction: (ops: Op[], results: OpResult[]) => void;
  private readonly inSavepoint: (op: Op) => unknown;

  /** A write alone needs no savepoint of its own: if it throws, the transaction is rolled back and it fails with it. */
  private writeAll(ops: Op[], results: OpResult[]): void {
    if (ops.length === 1) results.push({ ok: true, value: this.invoke(ops[0]!) });
    else {
      for (const op of ops) {
        try {
          results.push({ ok: true, value: this.inSavepoint(op) });
        } catch (error) {
          results.push({ ok: false, error });
        }
      }
    }
    if (this.failing > 0 && ops.some((op) => op.target === 'sessions' && op.method === 'commit')) {
      this.failing--;
      throw new BatchFailed('the transaction could not be written');
    }
  }

  /** The side record of acknowledged versions (ack-record.ts), once the batch is durable. */
  private recordDurable(ops: Op[], results: OpResult[]): void {
    if (!this.record) return;
    const changes: Array<[string, number | 'deleted']> = [];
    ops.forEach((op, i) => {
      if (!results[i]!.ok) return;
      if (op.target === 'sessions' && op.method === 'commit') {
        const c = op.args[0] as Commit;
        changes.push([c.sessionId, c.fromV + c.events.length]);
      } else if (op.target === 'history' && op.method === 'deleteSession') {
        changes.push([op.args[0] as string, 'deleted']);
      } else if (op.target === 'history' && op.method === 'deleteGroup') {
        for (const id of results[i]!.value as string[]) changes.push([id, 'deleted']);
      }
    });
    this.record.recordBatch(changes);
  }

  close(): void {
    this.db.close();
    this.record?.close();
  }
}
