import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureClient } from './lib/client-size.js';
import { loadAverage } from './lib/proc.js';
import { setPriority } from './lib/servers.js';
import { MIX } from './mix.js';
import type { BenchResults } from './report.js';
import { formatTable } from './report.js';
import type { LoadScenario, MemoryRun, Options, ScenarioRun } from './scenarios.js';
import { runLoadScenario, runMemory, stopReused } from './scenarios.js';
import { checkTargets } from './targets.js';
import { measureFsync } from './lib/fsync.js';
import { WorkerPool } from './lib/workers.js';
import { startClusterAttune, startPgAttune } from './cluster.js';

/**
 * `npm run bench`: Attune against a bare Socket.IO relay, same scripted load,
 * one run. Flags: --quick (≈20 s smoke run, what CI runs), --sync=FULL|NORMAL|both
 * (Attune's SQLite durability; default both in a full run, FULL in --quick),
 * --only=group,clinic,workshop,memory,client, --steps=N,M (the clinic's room counts), --workers=N (load-client processes), --no-build,
 * --priority=N (nice value of the bench's processes; see bench/lib/servers.ts),
 * --cluster (the clinic scenario on one node with SQLite, one with PostgreSQL, three behind nginx; docs/scaling.md).
 * See docs/performance.md.
 */
const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const syncArg = flag('sync') ?? (quick ? 'FULL' : 'both');
const syncs: Array<'FULL' | 'NORMAL'> = syncArg === 'both' ? ['FULL', 'NORMAL'] : [syncArg === 'NORMAL' ? 'NORMAL' : 'FULL'];
const only = flag('only')?.split(',');
if (flag('priority') !== undefined) process.env.BENCH_PRIORITY = flag('priority');
const want = (part: string) => !only || only.includes(part);
const log = (line: string) => console.log(line);
const pool = new WorkerPool(Number(flag('workers') ?? 2));
const opts: Options = { pool, settleMs: quick ? 300 : 2000, drainMs: quick ? 300 : 1000, log, reuse: quick ? new Map() : null };

const SCENARIOS: LoadScenario[] = quick
  ? [
      { name: 'group', steps: [1], shape: { members: 13, staff: true }, ratePerRoom: 5, durationMs: 1500, stopAboveP99Ms: Infinity },
      { name: 'clinic', steps: [5, 15], shape: { members: 10, staff: true }, ratePerRoom: 1, durationMs: 1500, stopAboveP99Ms: 1000 },
      { name: 'workshop', steps: [1], shape: { members: 48, staff: true }, ratePerRoom: 5, durationMs: 1500, stopAboveP99Ms: Infinity },
      { name: 'reader', steps: [5], shape: { members: 10, staff: true }, ratePerRoom: 1, durationMs: 1500, stopAboveP99Ms: Infinity, readerHoldsMs: 1000 },
    ]
  : [
      { name: 'group', steps: [1], shape: { members: 13, staff: true }, ratePerRoom: 5, durationMs: 20_000, stopAboveP99Ms: Infinity },
      { name: 'clinic', steps: [100, 250, 500, 750, 1000, 1500], shape: { members: 10, staff: true }, ratePerRoom: 1, durationMs: 15_000, stopAboveP99Ms: 250 },
      { name: 'workshop', steps: [1], shape: { members: 298, staff: true }, ratePerRoom: 5, durationMs: 20_000, stopAboveP99Ms: Infinity },
      // A second process holds a read transaction on the file for 10 s of the 15 s window (an online backup, say).
      { name: 'reader', steps: [500], shape: { members: 10, staff: true }, ratePerRoom: 1, durationMs: 15_000, stopAboveP99Ms: Infinity, readerHoldsMs: 10_000 },
    ];
// --steps=500,750: the clinic's room counts for this run (profiling one step, say).
const clinicSteps = flag('steps')?.split(',').map(Number);
if (clinicSteps?.every((n) => Number.isInteger(n) && n > 0)) SCENARIOS.find((x) => x.name === 'clinic')!.steps = clinicSteps;
const MEMORY_STEPS = quick ? [0, 120, 240] : [0, 504, 1008, 1512, 2004, 2508, 3000];

/** --cluster: the clinic scenario on one node with SQLite, one with PostgreSQL, and three behind nginx (bench/cluster.ts, docs/scaling.md). */
async function runClusterBench(): Promise<void> {
  const clinic = SCENARIOS.find((x) => x.name === 'clinic')!;
  log(`Attune bench --cluster${quick ? ' --quick' : ''}: ${os.cpus().length} cores, load average ${loadAverage().join(' ')}`);
  const setups: Array<[string, Options['bootAttune']]> = [
    ['one node, SQLite', undefined],
    ['one node, PostgreSQL', startPgAttune],
    ['three nodes behind nginx (PostgreSQL, Redis)', startClusterAttune],
  ];
  const out: Record<string, ScenarioRun> = {};
  for (const [name, bootAttune] of setups) {
    log(`${name}:`);
    // A fresh set-up per run: --cluster never reuses servers between set-ups.
    out[name] = await runLoadScenario(clinic, 'attune', 'FULL', { ...opts, reuse: null, bootAttune });
  }
  await pool.close();
  const file = path.resolve('bench/results', quick ? 'cluster-quick.json' : 'cluster.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), quick, cores: os.cpus().length, loadAverageAtEnd: loadAverage(), clinic: out }, null, 2)}\n`);
  log(`Wrote ${path.relative(process.cwd(), file)}.`);
  process.exit(Object.values(out).some((r) => r.steps.length === 0 || r.steps[0]!.latency.n === 0) ? 1 : 0);
}

async function main(): Promise<void> {
  if (args.includes('--cluster')) return runClusterBench();
  const started = loadAverage();
  const t0 = Date.now();
  log(`Attune bench${quick ? ' --quick' : ''}: ${os.cpus().length} cores, Node ${process.version}, load average ${started.join(' ')}`);
  setPriority(process.pid);
  const scenarios: Record<string, ScenarioRun[]> = {};
  // The paced probe follows the group scenario's pace: one command, so one commit, every 1000/rate ms.
  const group = SCENARIOS.find((x) => x.name === 'group')!;
  const fsyncMs = await measureFsync({ gapMs: 1000 / group.ratePerRoom, samples: quick ? 10 : 40 });
  log(`fsync in ${os.tmpdir()}: a small append, back to back: p50 ${fsyncMs.p50} ms, p99 ${fsyncMs.p99} ms; a WAL frame every ${fsyncMs.commitAtPace.gapMs} ms: p50 ${fsyncMs.commitAtPace.p50} ms, p99 ${fsyncMs.commitAtPace.p99} ms`);
  for (const s of SCENARIOS.filter((x) => want(x.name))) {
    const runs: ScenarioRun[] = [];
    // The reader scenario is about the SQLite file: FULL only.
    for (const sync of s.readerHoldsMs ? ['FULL' as const] : syncs) runs.push(await runLoadScenario(s, 'attune', sync, opts));
    runs.push(await runLoadScenario(s, 'relay', 'FULL', opts));
    scenarios[s.name] = runs;
  }
  const memory: MemoryRun[] = [];
  if (want('memory')) {
    for (const target of ['attune', 'relay'] as const) memory.push(await runMemory(MEMORY_STEPS, 12, target, syncs[0]!, opts));
  }
  await pool.close();
  await stopReused(opts);
  const client = want('client') ? measureClient(!quick && !args.includes('--no-build')) : { skipped: 'not selected (--only)' };
  const all = Object.values(scenarios).flat();
  const results: BenchResults = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cores: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageAtStart: started,
      loadAverageAtEnd: loadAverage(),
      benchPriority: process.env.BENCH_PRIORITY ? Number(process.env.BENCH_PRIORITY) : 0,
    },
    mix: MIX.map((m) => `${m.name} (${m.actor})`),
    fsyncMs,
    scenarios,
    memory,
    coldStartMs: {
      attune: [...new Set(all.filter((r) => r.target === 'attune').map((r) => r.coldStartMs))],
      relay: [...new Set(all.filter((r) => r.target === 'relay').map((r) => r.coldStartMs))],
    },
    client,
    targets: checkTargets(scenarios, memory, client, fsyncMs),
  };
  console.log(`\n${formatTable(results)}\n`);
  const out = path.resolve('bench/results', quick ? 'quick.json' : 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${path.relative(process.cwd(), out)} in ${Math.round((Date.now() - t0) / 1000)} s.`);
  // A smoke run fails only when the harness itself did not work (no thresholds).
  const broken = all.some((r) => r.steps.length === 0 || r.steps[0]!.latency.n === 0);
  process.exit(broken ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  void pool.close();
  process.exit(1);
});
