import type pg from 'pg';
import { performance } from 'node:perf_hooks';
import { BatchRecorder } from './batch-stats.js';
import { asStoreError } from './pg-pool.js';

export type WriteOp<T> = (client: pg.PoolClient) => Promise<T>;

interface Queued {
  op: WriteOp<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for PostgreSQL, as the SQLite engine does it (engine.ts): writes
 * queue up while a transaction is being written, then go together in the next
 * one (one WAL flush for the batch), each in its own savepoint so one refused
 * write (a version clash, a lost lease) fails alone. One batch at a time, so
 * writes are applied and resolve in the order they were made. A batch whose
 * transaction fails (the server went away) fails every write in it, and none
 * is acknowledged.
 */
export class PgWriter {
  private queue: Queued[] = [];
  private running = false;
  /** For the benchmark: each transaction's writes and time. */
  readonly batches = new BatchRecorder();

  constructor(private readonly pool: pg.Pool) {}

  run<T>(op: WriteOp<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ op, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        await this.write(batch);
      }
    } finally {
      this.running = false;
    }
  }

  private async write(batch: Queued[]): Promise<void> {
    const results: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    let client: pg.PoolClient | undefined;
    const t0 = performance.now();
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      for (const q of batch) {
        await client.query('SAVEPOINT w');
        try {
          results.push({ ok: true, value: await q.op(client) });
          await client.query('RELEASE SAVEPOINT w');
        } catch (error) {
          const mapped = asStoreError(error);
          if (mapped !== error) throw mapped; // the connection, not this write: the batch fails
          results.push({ ok: false, error });
          await client.query('ROLLBACK TO SAVEPOINT w');
        }
      }
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      client?.release(true);
      const failed = asStoreError(error);
      for (const q of batch) q.reject(failed);
      return;
    }
    this.batches.record(performance.now() - t0, batch.length);
    batch.forEach((q, i) => {
      const r = results[i]!;
      if (r.ok) q.resolve(r.value);
      else q.reject(r.error);
    });
  }
}
