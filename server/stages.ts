import { createHistogram } from 'node:perf_hooks';
import type { RecordableHistogram } from 'node:perf_hooks';

/**
 * Where a command's time goes on the server, for the benchmark (ATTUNE_METRICS=1,
 * server/metrics.ts): each stage's duration goes into a histogram, read and reset
 * with the other figures. Off (absent from Deps) unless the metrics port is on, so a
 * server in production does not even read the clock for it.
 *
 * - `decide`: the room decides the command and hands its commit to the store (the
 *   reducer, the events' log form, the request).
 * - `commit`: from there until the store says it is durable, waiting behind the room's
 *   earlier commits included: with the store worker, the hop to its thread and back and
 *   the transaction (whose own time the store reports apart).
 * - `publish`: working out and sending every recipient's change (what `prepare` did not
 *   do while the commit was written, and the writes to the sockets).
 * - `total`: from the command's arrival at its socket to its acknowledgement: the above,
 *   plus the rate limits, the payload's schema and the answer's way back through promises.
 */
export const STAGES = ['decide', 'commit', 'publish', 'total'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageFigures {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export class CommandStages {
  private readonly histograms = new Map<Stage, RecordableHistogram>(STAGES.map((s) => [s, createHistogram()]));

  /** Adds one command's time in `stage`, from `since` (a performance.now() reading) to now. */
  record(stage: Stage, since: number): void {
    // The histogram takes positive integers: microseconds, at least one.
    this.histograms.get(stage)!.record(Math.max(1, Math.round((performance.now() - since) * 1000)));
  }

  /** A timer for one command: each `lap` records the time since the previous one (or since `start`). */
  start(): { lap(stage: Stage): void } {
    let since = performance.now();
    return {
      lap: (stage) => {
        this.record(stage, since);
        since = performance.now();
      },
    };
  }

  /** Each stage's figures in ms since the last reset (a stage nothing reached is left out). */
  read(reset: boolean): Partial<Record<Stage, StageFigures>> {
    const out: Partial<Record<Stage, StageFigures>> = {};
    for (const [stage, h] of this.histograms) {
      if (h.count > 0) out[stage] = { count: h.count, p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
      if (reset) h.reset();
    }
    return out;
  }
}

const ms = (us: number) => Math.round(us) / 1000;
