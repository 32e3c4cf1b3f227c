import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.js';
import { startMetricsServer } from '../../server/metrics.js';
import type { MetricsSnapshot } from '../../server/metrics.js';

// The benchmark's metrics (server/metrics.ts) exist only when asked for, and only on loopback.
describe('bench metrics', () => {
  it('is off unless ATTUNE_METRICS=1', () => {
    expect(configFromEnv({}).metricsPort).toBeNull();
    expect(configFromEnv({ ATTUNE_METRICS: '1' }).metricsPort).toBe(0);
    expect(configFromEnv({ ATTUNE_METRICS: '1', METRICS_PORT: '9100' }).metricsPort).toBe(9100);
  });

  it('answers event-loop delay, memory and extra figures on 127.0.0.1 only', async () => {
    const port = await startMetricsServer(0, (reset) => ({ reset }));
    const res = await fetch(`http://127.0.0.1:${port}/internal/metrics?reset=1`);
    const body = (await res.json()) as MetricsSnapshot;
    expect(body.eventLoop.p99).toBeGreaterThanOrEqual(0);
    expect(body.memory.rss).toBeGreaterThan(0);
    expect(body.extra).toEqual({ reset: true });
    expect((await fetch(`http://127.0.0.1:${port}/anything-else`)).status).toBe(404);
  });
});
