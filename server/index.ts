import { configFromEnv } from './config.js';
import { createServer } from './create-server.js';
import { systemClock } from './deps.js';
import { createLogger } from './logger.js';
import { startMetricsServer } from './metrics.js';
import { WorkerStore } from './store/worker-store.js';

// The process entry: read the environment, open the database, listen. Nothing else.
const config = configFromEnv(process.env);
const logger = createLogger(config.logLevel);
// The store worker opens the database and runs the start checks (server/store/start-checks.ts).
const opened = await WorkerStore.open(config.dataDir, config.sqliteSync);
if (!opened.ok) {
  logger.fatal({ dataDir: config.dataDir, code: opened.code }, opened.message);
  console.error(opened.message);
  process.exit(1);
}
const { store, damage } = opened;
for (const l of opened.logs) logger[l.level](l.obj, l.msg);
logger.info({ ms: Math.round(opened.startMs) }, 'store worker ready');
const server = createServer({ config, store, clock: systemClock, logger, random: Math.random });
if (damage) server.health.markDamaged(damage);

const port = await server.listen(config.port);
logger.info({ port, dataDir: config.dataDir }, 'Attune is listening');
console.log(`Attune is running at http://localhost:${port}`);
if (config.metricsPort !== null) {
  const metricsPort = await startMetricsServer(config.metricsPort, async (reset) => ({
    rooms: server.registry.loadedCount,
    sockets: server.io.engine.clientsCount,
    // Group commit: batches written on the store worker, and how long each took (fsync included).
    commits: await store.stats(reset),
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
    void server.close().then(() => process.exit(0));
  });
}
