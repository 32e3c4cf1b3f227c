import { configFromEnv } from './config.js';
import { createServer } from './create-server.js';
import { systemClock } from './deps.js';
import { createLogger } from './logger.js';
import { startMetricsServer, timeCalls } from './metrics.js';
import { recordDeletions } from './store/ack-record.js';
import { openStore } from './store/start-checks.js';

// The process entry: read the environment, open the database, listen. Nothing else.
const config = configFromEnv(process.env);
const logger = createLogger(config.logLevel);
const opened = openStore(config, logger);
if (!opened) process.exit(1);
const { store, record, damage } = opened;
// Benchmark only: how long the event loop waits in SQLite commits.
const commits = config.metricsPort !== null ? timeCalls(store, 'commit') : null;
const server = createServer({ config, store, clock: systemClock, logger, random: Math.random });
if (damage) server.health.markDamaged(damage);
recordDeletions(server.retention, record);

const port = await server.listen(config.port);
logger.info({ port, dataDir: config.dataDir }, 'Attune is listening');
console.log(`Attune is running at http://localhost:${port}`);
if (config.metricsPort !== null) {
  const metricsPort = await startMetricsServer(config.metricsPort, (reset) => ({
    rooms: server.registry.loadedCount,
    sockets: server.io.engine.clientsCount,
    commits: commits?.read(reset),
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
