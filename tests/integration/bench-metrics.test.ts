import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.js';
import { startMetricsServer } from '../../server/metrics.js';
import type { MetricsSnapshot } from '../../server/metrics.js';
import { CommandStages } from '../../server/stages.js';
import { FakeClock, connectClient, createSession, openTestStore, startServerOn, tempDir } from '../support/harness.js';

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

  it('counts garbage-collection pauses, so a stalled event loop can be told from a collection', async () => {
    const port = await startMetricsServer(0);
    await fetch(`http://127.0.0.1:${port}/internal/metrics?reset=1`);
    // Enough short-lived garbage for several young-generation collections.
    const ring: Array<{ i: number }> = new Array(1000);
    for (let i = 0; i < 2_000_000; i++) ring[i % ring.length] = { i };
    expect(ring[0]!.i).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 50)); // GC entries reach observers asynchronously
    const { gc } = (await (await fetch(`http://127.0.0.1:${port}/internal/metrics`)).json()) as MetricsSnapshot;
    expect(gc.count).toBeGreaterThan(0);
    expect(gc.maxMs).toBeGreaterThan(0);
    expect(gc.totalMs).toBeGreaterThanOrEqual(gc.maxMs);
    expect(gc.major.count).toBeLessThanOrEqual(gc.count);
  });

  it('takes a CPU profile, or a sampled allocation profile, of one window', async () => {
    const port = await startMetricsServer(0);
    const get = async (query: string) => (await fetch(`http://127.0.0.1:${port}/internal/metrics?${query}`)).json();
    const busyWindow = () => {
      const ring: Array<{ i: number }> = new Array(1000);
      for (let i = 0; i < 300_000; i++) ring[i % ring.length] = { i };
      return ring.length;
    };

    expect(await get('profile=start')).toEqual({ started: true });
    busyWindow();
    const cpu = (await get('profile=stop')) as { profile: { nodes: unknown[]; samples: unknown[] } };
    expect(cpu.profile.nodes.length).toBeGreaterThan(0);

    expect(await get('profile=start&kind=heap')).toEqual({ started: true });
    busyWindow();
    const heap = (await get('profile=stop')) as { profile: { head: { children: unknown[] }; samples: Array<{ size: number }> } };
    // Garbage counts too: the ring kept 1,000 objects but allocated 300,000 (several MB, hundreds of 4 KiB samples).
    expect(heap.profile.samples.length).toBeGreaterThan(100);
    expect(heap.profile.head.children.length).toBeGreaterThan(0);
    expect(await get('profile=stop')).toEqual({ profile: null });
  });
});

// Where a command's time goes (server/stages.ts): timed only when the metrics port gives Deps a recorder.
describe('command stages', () => {
  it('times deciding, the commit, publishing and the whole answer of every accepted command; refused ones count in the total only', async () => {
    const stages = new CommandStages();
    const dataDir = tempDir();
    const server = await startServerOn(await openTestStore(dataDir, 'worker'), { dataDir }, new FakeClock(), { stages });
    const created = await createSession(server.url);
    const facilitator = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    try {
      stages.read(true); // the facilitator's presence was a change too
      expect((await facilitator.send('session:setWaitingRoom', { enabled: true })).ok).toBe(true);
      expect((await facilitator.send('session:setWaitingRoom', { enabled: 'yes' } as never)).ok).toBe(false);
      const figures = stages.read(true);
      for (const stage of ['decide', 'commit', 'publish'] as const) {
        expect(figures[stage]?.count).toBe(1);
        expect(figures[stage]!.p50).toBeGreaterThan(0);
      }
      // Recorded as the acknowledgement leaves, before the client has it.
      expect(figures.total?.count).toBe(2);
      expect(figures.total!.max).toBeGreaterThanOrEqual(figures.decide!.p50);
      expect(stages.read(false)).toEqual({});
    } finally {
      facilitator.close();
      await server.close();
    }
  });
});
