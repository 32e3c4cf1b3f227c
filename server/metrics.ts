import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants, monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Internal figures for the benchmark (bench/): event-loop delay, garbage-collection
 * pauses, memory, CPU.
 * Started only when ATTUNE_METRICS=1 (see server/config.ts), on its own HTTP
 * server bound to loopback, so nothing of it is reachable through the app's
 * port or from another machine. Never needed in production.
 */
const RESOLUTION_MS = 10;

export interface MetricsSnapshot {
  /** Event-loop delay in ms, with the sampling interval already taken off. */
  eventLoop: { p50: number; p99: number; max: number; mean: number };
  /** The main thread's garbage-collection pauses since the last reset, ms: all of them, and the full (mark-compact) ones. */
  gc: GcPauses;
  memory: NodeJS.MemoryUsage;
  cpu: NodeJS.CpuUsage;
  extra: Record<string, unknown>;
}

export interface GcPauses {
  count: number;
  totalMs: number;
  maxMs: number;
  major: { count: number; totalMs: number; maxMs: number };
}

/** Records GC pauses as they happen (perf_hooks 'gc' entries), so a long event-loop stall can be told from a collection. */
function watchGc(): { read(reset: boolean): GcPauses } {
  const fresh = (): GcPauses => ({ count: 0, totalMs: 0, maxMs: 0, major: { count: 0, totalMs: 0, maxMs: 0 } });
  let pauses = fresh();
  const add = (to: { count: number; totalMs: number; maxMs: number }, ms: number) => {
    to.count++;
    to.totalMs += ms;
    to.maxMs = Math.max(to.maxMs, ms);
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      add(pauses, e.duration);
      if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) add(pauses.major, e.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    read(reset) {
      const now = pauses;
      if (reset) pauses = fresh();
      return now;
    },
  };
}

type ProfileKind = 'cpu' | 'heap';

/**
 * A sample every 4 KiB allocated, kept whether or not a collection frees it
 * (V8's flags; Node's typings lack them), so the profile says where a command's
 * garbage comes from.
 */
const HEAP_SAMPLING = { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };

export function startMetricsServer(port: number, extra: (reset: boolean) => Record<string, unknown> | Promise<Record<string, unknown>> = () => ({})): Promise<number> {
  const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  loop.enable();
  const gcPauses = watchGc();
  // The histogram records the interval between samples; the delay is what exceeds the resolution.
  const lag = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' || url.pathname !== '/internal/metrics') {
      res.writeHead(404).end();
      return;
    }
    // ?profile=start / ?profile=stop: a CPU profile of the main thread over one measured window (bench BENCH_PROFILE_DIR);
    // ?profile=start&kind=heap: a sampled allocation profile instead (bench BENCH_PROFILE_KIND=heap).
    const profile = url.searchParams.get('profile');
    if (profile === 'start' || profile === 'stop') {
      const kind = url.searchParams.get('kind') === 'heap' ? 'heap' : 'cpu';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await profiler(profile, kind)));
      return;
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    if (url.searchParams.get('gc') === '1' && gc) gc();
    const reset = url.searchParams.get('reset') === '1';
    const loopNow = { p50: lag(loop.percentile(50)), p99: lag(loop.percentile(99)), max: lag(loop.max), mean: lag(loop.mean) };
    const body: MetricsSnapshot = {
      eventLoop: loopNow,
      gc: gcPauses.read(reset),
      memory: process.memoryUsage(),
      cpu: process.cpuUsage(),
      extra: await extra(reset),
    };
    if (reset) loop.reset();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  let inspector: Session | null = null;
  let profiling: ProfileKind = 'cpu';
  const profiler = async (step: 'start' | 'stop', kind: ProfileKind): Promise<unknown> => {
    if (step === 'start') {
      // A start without a stop (an aborted bench) leaves a profile running: end it first.
      inspector?.disconnect();
      inspector = new Session();
      inspector.connect();
      profiling = kind;
      if (kind === 'cpu') {
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.start');
      } else {
        await inspector.post('HeapProfiler.enable');
        // Every allocation sampled, including what the next collection frees: where the garbage comes from, not what stays.
        await inspector.post('HeapProfiler.startSampling', HEAP_SAMPLING as never);
      }
      return { started: true };
    }
    if (!inspector) return { profile: null };
    const { profile: taken } = profiling === 'cpu' ? await inspector.post('Profiler.stop') : ((await inspector.post('HeapProfiler.stopSampling')) as { profile: unknown });
    inspector.disconnect();
    inspector = null;
    return { profile: taken };
  };
  server.unref();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
