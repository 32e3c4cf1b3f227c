import { configFromEnv } from './config.js';
import { createServer } from './create-server.js';
import { systemClock } from './deps.js';
import { createLogger } from './logger.js';
import { startMetricsServer } from './metrics.js';
import { CommandStages } from './stages.js';
import type { PgStore } from './store/pg-store.js';
import type { Store } from './store/store.js';
import { WorkerStore } from './store/worker-store.js';

// The process entry: read the environment, open the database, listen. Nothing else.
const config = configFromEnv(process.env);
const logger = createLogger(config.logLevel);
const { store, damage, stats, pgStore } = await openStore();
// PostgreSQL, Redis and the cluster code load only when configured: the embedded default starts as it did.
const cluster =
  pgStore && config.redisUrl
    ? await (await import('./cluster/cluster.js')).openCluster({ store: pgStore, redisUrl: config.redisUrl, nodeId: config.nodeId, clock: systemClock, logger })
    : undefined;
if (config.redisUrl && !config.databaseUrl) logger.warn('REDIS_URL is ignored without DATABASE_URL: nodes share sessions only through PostgreSQL (docs/scaling.md)');
if (cluster) logger.info({ nodeId: cluster.nodeId }, 'clustered: sessions leased in PostgreSQL, broadcasts and limits through Redis');
// Timed only for the benchmark's metrics port.
const stages = config.metricsPort !== null ? new CommandStages() : undefined;
const server = createServer({ config, store, clock: systemClock, logger, random: Math.random, cluster, stages });
if (damage) server.health.markDamaged(damage);

/** PostgreSQL when DATABASE_URL is set (several nodes, docs/scaling.md); otherwise the SQLite file on the store worker, which runs the start checks (server/store/start-checks.ts). */
async function openStore(): Promise<{ store: Store; damage: string | null; stats: (reset: boolean) => Promise<unknown>; pgStore?: PgStore }> {
  if (config.databaseUrl) {
    try {
      const { PgStore } = await import('./store/pg-store.js');
      const pgStore = await PgStore.open({ url: config.databaseUrl });
      logger.info({ nodeId: config.nodeId }, 'PostgreSQL store ready');
      return { store: pgStore, damage: null, stats: async (reset) => pgStore.stats(reset), pgStore };
    } catch (err) {
      const message = `Attune cannot start: the database at DATABASE_URL cannot be reached or migrated (${(err as Error).message}).`;
      logger.fatal({ err }, message);
      console.error(message);
      process.exit(1);
    }
  }
  const opened = await WorkerStore.open({ dataDir: config.dataDir, synchronous: config.sqliteSync, commitDelayMs: config.commitDelayMs });
  if (!opened.ok) {
    logger.fatal({ dataDir: config.dataDir, code: opened.code }, opened.message);
    console.error(opened.message);
    process.exit(1);
  }
  for (const l of opened.logs) logger[l.level](l.obj, l.msg);
  logger.info({ ms: Math.round(opened.startMs) }, 'store worker ready');
  return { store: opened.store, damage: opened.damage, stats: (reset) => opened.store.stats(reset) };
}

const port = await server.listen(config.port);
logger.info({ port, dataDir: config.dataDir }, 'Attune is listening');
console.log(`Attune is running at http://localhost:${port}`);
if (config.metricsPort !== null) {
  const metricsPort = await startMetricsServer(config.metricsPort, async (reset) => ({
    rooms: server.registry.loadedCount,
    sockets: server.io.engine.clientsCount,
    // Group commit: batches written on the store worker, and how long each took (fsync included).
    commits: await stats(reset),
    // Where a command's time goes on the server: deciding, the commit's round trip, publishing, arrival to acknowledgement.
    stages: stages?.read(reset),
  }));
  logger.warn({ metricsPort }, 'internal metrics on loopback (ATTUNE_METRICS=1)');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Every acknowledged command is already on disk; closing only ends connections cleanly.
    void server
      .close()
      .then(() => cluster?.close())
      .then(() => process.exit(0));
  });
}
