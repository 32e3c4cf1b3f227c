import { createHistogram } from 'node:perf_hooks';

/** For the benchmark: transactions written, the writes in them, and how long each took (its flush included). */
export interface BatchStats {
  batches: number;
  writes: number;
  totalMs: number;
  p50: number;
  p99: number;
  max: number;
}

/** Counts group-commit transactions the same way for every store (SQLite's engine, PostgreSQL's writer). */
export class BatchRecorder {
  private readonly micros = createHistogram();
  private writes = 0;
  private totalMs = 0;

  record(ms: number, writes: number): void {
    this.micros.record(Math.max(1, Math.round(ms * 1000)));
    this.totalMs += ms;
    this.writes += writes;
  }

  read(reset: boolean): BatchStats {
    const h = this.micros;
    const ms = (us: number) => (h.count === 0 ? 0 : us / 1000);
    const out = { batches: h.count, writes: this.writes, totalMs: Math.round(this.totalMs), p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
    if (reset) {
      h.reset();
      this.writes = 0;
      this.totalMs = 0;
    }
    return out;
  }
}
