import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MetricsSnapshot } from '../../server/metrics.js';
import { freePort } from '../../tests/support/child-server.js';
import { nowMs } from './wire.js';

/** A server process under test (Attune or the relay), with its loopback metrics port. */
export interface BenchServer {
  kind: 'attune' | 'relay';
  url: string;
  pid: number;
  dataDir: string | null;
  /** ms from spawn to the first 200 from /healthz. */
  coldStartMs: number;
  metrics(query?: string): Promise<MetricsSnapshot>;
  /** Starts, or stops and returns, a profile of the server's main thread (BENCH_PROFILE_DIR): CPU, or allocations (BENCH_PROFILE_KIND=heap). */
  profile(step: 'start' | 'stop'): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * BENCH_PRIORITY (set by `--priority=N`): the nice value for the bench's own processes
 * (servers and load clients). On a machine shared with other busy work, a negative
 * value measures Attune rather than its neighbours; it needs root. Default: unchanged.
 */
export function setPriority(pid: number | undefined): void {
  const nice = process.env.BENCH_PRIORITY;
  if (pid === undefined || nice === undefined || nice === '') return;
  try {
    os.setPriority(pid, Number(nice));
  } catch (err) {
    console.warn(`could not set priority ${nice}: ${(err as Error).message}`);
  }
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy: ${output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function start(kind: 'attune' | 'relay', script: string, env: Record<string, string>, dataDir: string | null): Promise<BenchServer> {
  const port = await freePort();
  const metricsPort = await freePort();
  const t0 = nowMs();
  // --expose-gc lets the metrics route collect garbage before a heap reading (memory per member).
  // BENCH_SERVER_ARGS adds Node flags to both servers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`;
  // BENCH_ATTUNE_ARGS to Attune's alone, so a flag is tried against the relay as it is.
  const extra = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  if (kind === 'attune') extra.push(...(process.env.BENCH_ATTUNE_ARGS ?? '').split(' ').filter(Boolean));
  const child = spawn(process.execPath, ['--expose-gc', ...extra, '--import', 'tsx', path.resolve(script)], {
    env: { ...process.env, PORT: String(port), METRICS_PORT: String(metricsPort), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // BENCH_SERVER_OUTPUT=dir keeps each server's whole output (for flags such as --trace-gc-nvp) in dir/<kind>-<pid>.log.
  const outDir = process.env.BENCH_SERVER_OUTPUT;
  const log = outDir ? fs.createWriteStream(path.join(outDir, `${kind}-${child.pid}.log`)) : null;
  const keep = (d: Buffer) => {
    log?.write(d);
    output = (output + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  setPriority(child.pid);
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, () => output);
  const coldStartMs = nowMs() - t0;
  const metricsUrl = `http://127.0.0.1:${metricsPort}/internal/metrics`;
  // The metrics port opens just after the app's; wait for it too.
  for (let i = 0; ; i++) {
    try {
      await fetch(metricsUrl);
      break;
    } catch (err) {
      if (i > 200) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return {
    kind,
    url,
    pid: child.pid!,
    dataDir,
    coldStartMs,
    ...metricsClient(metricsUrl),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** BENCH_PROFILE_KIND=heap: the profiles BENCH_PROFILE_DIR takes are sampled allocations, not CPU. */
export function profileKind(): 'cpu' | 'heap' {
  return process.env.BENCH_PROFILE_KIND === 'heap' ? 'heap' : 'cpu';
}

/** Reads a server's metrics port (server/metrics.ts). */
export function metricsClient(metricsUrl: string): Pick<BenchServer, 'metrics' | 'profile'> {
  const get = async (query: string) => (await fetch(`${metricsUrl}${query}`)).json();
  return {
    metrics: async (query = '') => (await get(query)) as MetricsSnapshot,
    profile: async (step) => ((await get(`?profile=${step}&kind=${profileKind()}`)) as { profile?: unknown }).profile ?? null,
  };
}

/** The real entry point (server/index.ts), as `npm start` runs it, on a fresh temp SQLite file. */
export function startAttune(sqliteSync: 'FULL' | 'NORMAL'): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-bench-'));
  // TRUST_PROXY: each room's load comes with its own X-Forwarded-For (bench/lib/wire.ts), as from its own network.
  return start('attune', 'server/index.ts', { DATA_DIR: dataDir, ATTUNE_METRICS: '1', SQLITE_SYNC: sqliteSync, TRUST_PROXY: '1' }, dataDir);
}

export function startRelay(): Promise<BenchServer> {
  return start('relay', 'bench/relay-server.ts', {}, null);
}
