import path from 'node:path';
import { freePort, startServices } from '../tests/cluster/services.js';
import { createTestDatabase } from '../tests/support/pg.js';
import type { BenchServer } from './lib/servers.js';
import { metricsClient, start } from './lib/servers.js';

/**
 * `npm run bench -- --cluster`: the clinic scenario against the set-ups of
 * docs/scaling.md: one node on SQLite (the default), one node on PostgreSQL
 * (the machine's server, a throwaway database), and three nodes behind nginx
 * with Redis and their own PostgreSQL (tests/cluster/services.ts). Latency and
 * acknowledged commands are the whole set-up's; CPU and event-loop figures are
 * the first node's.
 */
export async function startPgAttune(): Promise<BenchServer> {
  const db = await createTestDatabase();
  const server = await start('attune', 'server/index.ts', { DATABASE_URL: db.url, ATTUNE_METRICS: '1', TRUST_PROXY: '1' }, null);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await db.drop();
    },
  };
}

export async function startClusterAttune(): Promise<BenchServer> {
  const metricsPorts = await Promise.all([0, 1, 2].map(() => freePort()));
  const t0 = performance.now();
  const services = await startServices(3, path.resolve('.'), (i) => ({ ATTUNE_METRICS: '1', METRICS_PORT: String(metricsPorts[i]) }));
  const coldStartMs = performance.now() - t0;
  const metricsUrl = `http://127.0.0.1:${metricsPorts[0]}/internal/metrics`;
  return {
    kind: 'attune',
    url: services.proxyUrl,
    pid: services.nodes[0]!.proc!.pid!,
    dataDir: null,
    coldStartMs,
    ...metricsClient(metricsUrl),
    stop: () => services.stopAll(),
  };
}
