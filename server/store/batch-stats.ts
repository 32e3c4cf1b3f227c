import fs from 'node:fs';
import { createHistogram } from 'node:perf_hooks';

/** For the benchmark: transactions written, the writes in them, and how long each took (its flush included). */
export interface BatchStats {
  batches: number;
  writes: number;
  totalMs: number;
  p50: number;
  p99: number;
  max: number;
  /**
   * CPU time of the thread that writes, ms: the store worker's (SQLite), so the
   * bench can tell its share of a command from the main thread's and the rest
   * (garbage-collection helpers, I/O). Absent where it cannot be read (not
   * Linux), or when the writes run on the main thread anyway (PostgreSQL).
   */
  threadCpuMs?: number;
}

/** The calling thread's CPU time so far, ms (Linux: the first field of /proc/thread-self/schedstat, in ns), or null. */
export function threadCpuMs(): number | null {
  try {
    const ns = Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}

/** Counts group-commit transactions the same way for every store (SQLite's engine, PostgreSQL's writer). */
export class BatchRecorder {
  private readonly micros = createHistogram();
  private writes = 0;
  private totalMs = 0;
  /** The writing thread's CPU clock (`threadCpuMs`), when the writes have a thread of their own; its reading at the last reset. */
  private cpuSince: number | null;

  constructor(private readonly cpuClock: (() => number | null) | null = null) {
    this.cpuSince = cpuClock?.() ?? null;
  }

  record(ms: number, writes: number): void {
    this.micros.record(Math.max(1, Math.round(ms * 1000)));
    this.totalMs += ms;
    this.writes += writes;
  }

  read(reset: boolean): BatchStats {
    const h = this.micros;
    const ms = (us: number) => (h.count === 0 ? 0 : us / 1000);
    const out: BatchStats = { batches: h.count, writes: this.writes, totalMs: Math.round(this.totalMs), p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
    const cpuNow = this.cpuClock?.() ?? null;
    if (cpuNow !== null && this.cpuSince !== null) out.threadCpuMs = Math.round((cpuNow - this.cpuSince) * 100) / 100;
    if (reset) {
      h.reset();
      this.writes = 0;
      this.totalMs = 0;
      this.cpuSince = cpuNow;
    }
    return out;
  }
}
