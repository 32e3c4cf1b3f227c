import type { Logger } from 'pino';
import type { Cluster } from './cluster/cluster.js';
import type { Config } from './config.js';
import type { CommandStages } from './stages.js';
import type { Store } from './store/store.js';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Everything the server needs from outside, passed in once at the composition root. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Randomness for shuffles; tests may seed it. */
  random: () => number;
  /** Set when several nodes share sessions (server/cluster/, docs/scaling.md); absent for the embedded default. */
  cluster?: Cluster;
  /** Benchmark only (ATTUNE_METRICS=1): where each command's time goes, server/stages.ts. Absent otherwise. */
  stages?: CommandStages;
}
