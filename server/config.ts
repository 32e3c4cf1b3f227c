import path from 'node:path';
import { PROTOCOL_VERSION } from '../shared/protocol-version.js';

export interface Config {
  port: number;
  dataDir: string;
  /** Origins allowed besides the app's own (browser Origin header), e.g. a reverse proxy's public name. */
  allowedOrigins: string[];
  logLevel: string;
  /** How long a dropped connection shows as "reconnecting" before "left". */
  reconnectGraceMs: number;
  /** Commands per second a socket may send, with bursts of `commandBurst`. */
  commandRate: number;
  commandBurst: number;
  /** Wrong join codes an address may try in a burst, then one per `joinRetryMs`. */
  joinAttempts: number;
  joinRetryMs: number;
  /** A snapshot every N events keeps restarts fast. */
  snapshotEvery: number;
  /** Durability of each commit; see server/store/sqlite-store.ts. */
  sqliteSync: 'FULL' | 'NORMAL';
  /** Trust X-Forwarded-For (behind a reverse proxy) for per-address limits. */
  trustProxy: boolean;
  /** Where the built client is; served when present. */
  clientDir: string;
  /** Loopback port for the benchmark's metrics (server/metrics.ts); null = off, the default. */
  metricsPort: number | null;
  /** The protocol version served (shared/protocol-version.ts); tests set another to see old clients refused. */
  protocolVersion: string;
}

export const DEFAULTS: Config = {
  port: 3000,
  dataDir: path.resolve('data'),
  allowedOrigins: [],
  logLevel: 'info',
  reconnectGraceMs: 120_000,
  commandRate: 5,
  commandBurst: 15,
  joinAttempts: 10,
  joinRetryMs: 30_000,
  snapshotEvery: 200,
  sqliteSync: 'FULL',
  trustProxy: false,
  clientDir: path.resolve('dist/client'),
  metricsPort: null,
  protocolVersion: PROTOCOL_VERSION,
};

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${value}"`);
  return n;
}

/** Reads the environment once, at start-up; everything else takes a Config. */
export function configFromEnv(env: NodeJS.ProcessEnv): Config {
  return {
    ...DEFAULTS,
    port: int(env.PORT, DEFAULTS.port),
    dataDir: path.resolve(env.DATA_DIR ?? DEFAULTS.dataDir),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? DEFAULTS.logLevel,
    reconnectGraceMs: int(env.RECONNECT_GRACE_MS, DEFAULTS.reconnectGraceMs),
    sqliteSync: env.SQLITE_SYNC === 'NORMAL' ? 'NORMAL' : 'FULL',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    // Benchmark only: ATTUNE_METRICS=1 opens a loopback metrics port (METRICS_PORT, 0 = any free one).
    metricsPort: env.ATTUNE_METRICS === '1' ? int(env.METRICS_PORT, 0) : null,
  };
}
