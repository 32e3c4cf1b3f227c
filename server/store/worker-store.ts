import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CommitPacer } from './commit-pacer.js';
import type { Op } from './engine.js';
import { kindOf, writerOf } from './engine.js';
import { StoreUnavailable } from './faults.js';
import { ProxyStore } from './proxy-store.js';
import type { StartLog } from './start-checks.js';
import type { WorkerOptions } from './store-worker.js';
import type { Answer, Request } from './wire.js';
import { fromWire } from './wire.js';

type Ready = { type: 'ready'; fatal?: { message: string; code?: string }; damage?: string | null; logs?: StartLog[] };

/**
 * Starts the store worker. Under tsx (how Attune runs) the worker loads
 * TypeScript through tsx's API; built JavaScript would load directly.
 */
function spawnWorker(workerData: WorkerOptions): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./store-worker.js', here), { workerData });
  // tsx's ESM API (the require() build of it cannot register from an eval'd worker).
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./store-worker.ts', here).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData, execArgv: [] });
}

export type OpenedWorkerStore =
  | { ok: true; store: WorkerStore; damage: string | null; logs: StartLog[]; startMs: number }
  | { ok: false; message: string; code: string | undefined };

/**
 * The Store the server runs: better-sqlite3 on a worker thread (store-worker.ts),
 * so no commit, fsync, checkpoint or slow read ever blocks the main event loop.
 * Requests made while the worker is busy travel together, one message per turn of the event loop; answers resolve in the order
 * the worker did the work, so commits resolve in the order they were made.
 *
 * The commit delay (commit-pacer.ts) is kept here, on the main thread: while many
 * rooms write, a batch's writes are held for the delay and cross to the worker in
 * one message. Each message wakes the worker, and a wake costs both threads about
 * 20 µs on this kind of machine, so holding them here rather than in the worker
 * saves a wake per write. Reads are never held.
 */
export class WorkerStore extends ProxyStore {
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private outbox: Request[] = [];
  /** Writes held for the commit delay, and the timer that sends them. */
  private held: Request[] = [];
  private holding: NodeJS.Timeout | null = null;
  private readonly pacer: CommitPacer;
  private nextId = 1;
  private stopped: Error | null = null;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly worker: Worker,
    commitDelayMs: number,
  ) {
    super((op) => this.send(op));
    this.pacer = new CommitPacer(commitDelayMs);
    worker.on('message', (msg: Answer[] | { type: string }) => {
      if (Array.isArray(msg)) for (const a of msg) this.settle(a);
    });
    worker.on('error', (err) => this.stop(err));
    worker.on('exit', () => this.stop(new StoreUnavailable('the storage worker stopped')));
  }

  static async open({ commitDelayMs, ...options }: WorkerOptions & { /** The commit delay under load, ms (0: off). */ commitDelayMs: number }): Promise<OpenedWorkerStore> {
    const t0 = performance.now();
    const worker = spawnWorker(options);
    const ready = await new Promise<Ready>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (ready.fatal) {
      await worker.terminate();
      return { ok: false, message: ready.fatal.message, code: ready.fatal.code };
    }
    const store = new WorkerStore(worker, commitDelayMs);
    return { ok: true, store, damage: ready.damage ?? null, logs: ready.logs ?? [], startMs: performance.now() - t0 };
  }

  private send(op: Op): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    let kind;
    try {
      kind = kindOf(op);
    } catch (err) {
      this.pending.delete(id);
      return Promise.reject(err);
    }
    if (kind !== 'read') {
      const now = performance.now();
      if (kind === 'write') this.pacer.arrived(now, writerOf(op));
      // Writes and `alone` operations keep their order: behind the held ones while a delay runs.
      if (this.holding) {
        this.held.push({ id, op });
        return answer;
      }
      const wait = this.pacer.wait(now);
      if (wait > 0) {
        this.held.push({ id, op });
        this.holding = setTimeout(() => this.release(), wait);
        return answer;
      }
    }
    this.enqueue({ id, op });
    return answer;
  }

  /** The commit delay is over: the held writes go to the worker now, one message for all (with anything else waiting to go). */
  private release(): void {
    this.holding = null;
    this.outbox.push(...this.held);
    this.held = [];
    this.post();
  }

  private enqueue(request: Request): void {
    if (this.outbox.length === 0) {
      // An idle worker gets the request at once: its round trip is this command's whole wait. A busy
      // one cannot start on it before its current batch is written anyway, so the requests of this
      // turn of the loop (many sockets' frames) are gathered and cross in one message, one wake-up.
      if (this.pending.size === 1) queueMicrotask(() => this.post());
      else setImmediate(() => this.post());
    }
    this.outbox.push(request);
  }

  private post(): void {
    // Already sent with held writes released in the meantime.
    if (this.outbox.length === 0) return;
    const out = this.outbox;
    this.outbox = [];
    try {
      this.worker.postMessage(out);
    } catch (err) {
      // Something that cannot cross the thread: those requests fail, nothing else does.
      for (const r of out) this.settle({ id: r.id, ok: false, error: { name: 'Error', message: String(err) } });
    }
  }

  private settle(a: Answer): void {
    const p = this.pending.get(a.id);
    if (!p) return;
    this.pending.delete(a.id);
    if (a.ok) p.resolve(a.value);
    else p.reject(fromWire(a.error!));
  }

  private stop(err: Error): void {
    if (this.stopped) return;
    this.stopped = err instanceof StoreUnavailable ? err : new StoreUnavailable(`the storage worker failed: ${err.message}`);
    for (const p of this.pending.values()) p.reject(this.stopped);
    this.pending.clear();
  }

  /** Writes what is queued, closes the database (checkpointing the WAL) and ends the worker. */
  override close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.holding) clearTimeout(this.holding);
      this.release();
      if (!this.stopped) {
        const closed = new Promise<void>((resolve) => {
          const onMessage = (m: unknown) => {
            if ((m as { type?: string }).type === 'closed') resolve();
          };
          this.worker.on('message', onMessage);
          this.worker.once('exit', () => resolve());
        });
        this.worker.postMessage({ type: 'close' });
        await closed;
      }
      await this.worker.terminate();
    })();
    return this.closing;
  }
}
