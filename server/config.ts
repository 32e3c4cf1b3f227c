import os from 'node:os';
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
  /** Commands per second a person may send across all their sockets, with bursts of `commandBurst`. */
  commandRate: number;
  commandBurst: number;
  /** Commands per address in the same window as a person's (a whole group on one network shares it). */
  addressCommandBurst: number;
  /** view:resync and notes:ticket a person may send per `requestWindowMs`. */
  requestBurst: number;
  requestWindowMs: number;
  /** Open live connections per person (their tabs and devices) and per address (a whole group on one network). */
  socketsPerParticipant: number;
  socketsPerAddress: number;
  /** Sessions an address may create per `sessionCreationWindowMs`. */
  sessionCreations: number;
  sessionCreationWindowMs: number;
  /** Wrong join codes an address may try in a burst, then one per `joinRetryMs`. */
  joinAttempts: number;
  joinRetryMs: number;
  /** How often /healthz's storage probe writes to the data directory and takes the database's write lock. */
  healthProbeMs: number;
  /** A snapshot every N events keeps restarts fast. */
  snapshotEvery: number;
  /** Durability of each commit; see server/store/sqlite-store.ts. */
  sqliteSync: 'FULL' | 'NORMAL';
  /** While many rooms write, how long a batch waits for other rooms' writes, ms (0: off); see server/store/commit-pacer.ts. */
  commitDelayMs: number;
  /** Trust X-Forwarded-For (behind a reverse proxy) for per-address limits. */
  trustProxy: boolean;
  /** Where the built client is; served when present. */
  clientDir: string;
  /** Loopback port for the benchmark's metrics (server/metrics.ts); null = off, the default. */
  metricsPort: number | null;
  /** The protocol version served (shared/protocol-version.ts); tests set another to see old clients refused. */
  protocolVersion: string;
  /** PostgreSQL (DATABASE_URL) instead of the SQLite file: for several nodes sharing sessions (docs/scaling.md). */
  databaseUrl: string | null;
  /** Redis (REDIS_URL): broadcasts and limits shared between nodes. Needs databaseUrl. */
  redisUrl: string | null;
  /** This node's name in session leases and logs (NODE_ID; default host name and process id). */
  nodeId: string;
}

export const DEFAULTS: Config = {
  port: 3000,
  dataDir: path.resolve('data'),
  allowedOrigins: [],
  logLevel: 'info',
  reconnectGraceMs: 120_000,
  commandRate: 5,
  commandBurst: 15,
  addressCommandBurst: 90,
  requestBurst: 20,
  requestWindowMs: 10_000,
  socketsPerParticipant: 8,
  socketsPerAddress: 100,
  sessionCreations: 20,
  sessionCreationWindowMs: 10 * 60_000,
  joinAttempts: 10,
  joinRetryMs: 30_000,
  healthProbeMs: 30_000,
  snapshotEvery: 200,
  sqliteSync: 'FULL',
  commitDelayMs: 2,
  trustProxy: false,
  clientDir: path.resolve('dist/client'),
  metricsPort: null,
  protocolVersion: PROTOCOL_VERSION,
  databaseUrl: null,
  redisUrl: null,
  nodeId: `${os.hostname()}-${process.pid}`,
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
    healthProbeMs: int(env.HEALTH_PROBE_MS, DEFAULTS.healthProbeMs),
    sessionCreations: int(env.SESSION_CREATIONS, DEFAULTS.sessionCreations),
    socketsPerAddress: int(env.SOCKETS_PER_ADDRESS, DEFAULTS.socketsPerAddress),
    addressCommandBurst: int(env.ADDRESS_COMMAND_BURST, DEFAULTS.addressCommandBurst),
    sqliteSync: env.SQLITE_SYNC === 'NORMAL' ? 'NORMAL' : 'FULL',
    commitDelayMs: int(env.STORE_COMMIT_DELAY_MS, DEFAULTS.commitDelayMs),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    // Benchmark only: ATTUNE_METRICS=1 opens a loopback metrics port (METRICS_PORT, 0 = any free one).
    metricsPort: env.ATTUNE_METRICS === '1' ? int(env.METRICS_PORT, 0) : null,
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    nodeId: env.NODE_ID || DEFAULTS.nodeId,
  };
}
