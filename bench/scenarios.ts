import fs from 'node:fs';
import type { BenchServer } from './lib/servers.js';
import { profileKind, startAttune, startRelay } from './lib/servers.js';
import type { Durability, LoadFigures } from './lib/measure.js';
import { checkDurability, combine } from './lib/measure.js';
import type { ProcFigures } from './lib/proc.js';
import { alive, loadAverage, measureIdleRate, openFilesLimit, rssBytes, sampleProcess, waitQuiet } from './lib/proc.js';
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { PreparedRoom, RoomShape } from './lib/rooms.js';
import { assign, prepareRooms } from './lib/rooms.js';
import { round, slope } from './lib/stats.js';
import type { WorkerPool } from './lib/workers.js';
import type { Target } from './lib/wire.js';
import type { Stage, StageFigures } from '../server/stages.js';
import { stagesLine } from './report.js';

/** A scripted load: rooms of one shape, stepped up in count, each step timed. */
export interface LoadScenario {
  name: string;
  /** Room counts to step through (one entry for a fixed scenario). */
  steps: number[];
  shape: RoomShape;
  ratePerRoom: number;
  durationMs: number;
  /** Stop stepping once a step's p99 exceeds this (ms). */
  stopAboveP99Ms: number;
  /** Attune only: a second process holds a read transaction on the SQLite file for this long at the start of each measured window. */
  readerHoldsMs?: number;
}

export interface StepFigures extends LoadFigures, ProcFigures {
  rooms: number;
  sockets: number;
  connectFailures: number;
  setupSeconds: number;
  /** Server CPU time per command sent, idle cost taken off (ms): what a command costs, whatever else runs on the machine. */
  cpuMsPerCommand: number;
  /** The same for the server's main thread alone (its event loop is what one node's capacity is bound by). */
  mainThreadCpuMsPerCommand: number;
  /** The server's idle CPU taken off the CPU figures, % of one core (the lowest of three quiet slices before the window). */
  idleCpuPercent: number;
  /** Attune with SQLite: the store worker's thread alone (commits, fsyncs). The rest of the process is V8's garbage-collection helpers and I/O threads. */
  storeWorkerCpuMsPerCommand: number | null;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** The server main thread's garbage-collection pauses in the window: the longest, the longest full (mark-compact) one, and their sum (ms). */
  gcPause: { maxMs: number; majorMaxMs: number; totalMs: number };
  /** Attune only: group commit on the store worker during the window: transactions (batches), writes in them, and each transaction's time, fsync included (ms). */
  commits: { batches: number; writes: number; totalMs: number; p50: number; p99: number; max: number; threadCpuMs?: number } | null;
  /** Attune only: where a command's time went on the server in the window (server/stages.ts), ms per stage. */
  stages: Partial<Record<Stage, StageFigures>> | null;
  /** Set when a reader held a read transaction during the window. */
  reader?: string;
  /** CPU the load-client processes spent per command (their overhead: what limits the harness). */
  loadClientCpuMsPerCommand: number;
  loadAverage: number[];
}

/** The server's own files (database, WAL, logs, listening sockets) on top of one per connection. */
const FILES_MARGIN = 200;

/** A step that was not run, and why (a machine limit, not a figure). */
export interface NotRun {
  rooms: number;
  reason: string;
}

export interface ScenarioRun {
  target: Target;
  notRun?: NotRun[];
  sqliteSync: 'FULL' | 'NORMAL' | null;
  coldStartMs: number;
  steps: StepFigures[];
  durability: Durability | null;
}

export interface Options {
  /** Load-client processes, shared by every scenario (reset between them). */
  pool: WorkerPool;
  settleMs: number;
  drainMs: number;
  log: (line: string) => void;
  /** Keep one server per target and durability for the whole run (--quick: fewer cold starts); else a fresh one per scenario. */
  reuse: Map<string, BenchServer> | null;
  /** Starts Attune some other way (bench/cluster.ts: PostgreSQL, three nodes behind nginx) instead of one node on SQLite. */
  bootAttune?: () => Promise<BenchServer>;
}

async function boot(target: Target, sync: 'FULL' | 'NORMAL', o: Options): Promise<{ server: BenchServer; release(): Promise<void> }> {
  const key = `${target}:${sync}`;
  const cached = o.reuse?.get(key);
  const server = cached ?? (target === 'relay' ? await startRelay() : o.bootAttune ? await o.bootAttune() : await startAttune(sync));
  if (o.reuse) {
    o.reuse.set(key, server);
    return { server, release: async () => {} };
  }
  return { server, release: () => server.stop() };
}

/** Stops the servers kept by `reuse`. */
export async function stopReused(o: Options): Promise<void> {
  await Promise.all([...(o.reuse?.values() ?? [])].map((s) => s.stop()));
  o.reuse?.clear();
}

export async function runLoadScenario(s: LoadScenario, target: Target, sync: 'FULL' | 'NORMAL', o: Options): Promise<ScenarioRun> {
  const { server, release } = await boot(target, sync, o);
  const pool = o.pool;
  const rooms: PreparedRoom[] = [];
  const steps: StepFigures[] = [];
  const label = `${s.name} ${target}${target === 'attune' ? ` ${sync}` : ''}`;
  const acked: Array<{ sessionId: string }> = [];
  const notRun: NotRun[] = [];
  try {
    for (const count of s.steps) {
      // Every socket is a file descriptor on the server (Attune's staff hold a notes WebSocket too):
      // a step the machine's limit cannot hold is not run, and the report says why.
      const perRoom = s.shape.members + (s.shape.staff ? (target === 'attune' ? 4 : 2) : 0);
      const needed = count * perRoom + FILES_MARGIN;
      const limit = openFilesLimit(server.pid);
      if (needed > limit) {
        o.log(`  ${label}: ${count} rooms not run: the server would need about ${needed} open files and this machine allows ${limit} (ulimit -n)`);
        notRun.push({ rooms: count, reason: `needs about ${needed} open files; the limit here is ${limit} (ulimit -n)` });
        break;
      }
      const t0 = Date.now();
      const added = await prepareRooms(target, server.url, rooms.length, count - rooms.length, s.shape);
      rooms.push(...added);
      const conn = await pool.connect(target, server.url, assign(added, pool.size, true));
      const setupSeconds = (Date.now() - t0) / 1000;
      await new Promise((r) => setTimeout(r, o.settleMs));
      // Connecting thousands of sockets in a few seconds leaves the heap with a full collection owed, which V8 pays
      // at the next allocations: inside the window. Collect it now (both servers), so the window measures the steady load.
      await server.metrics('?gc=1');
      await waitQuiet(server.pid);
      // The idle cost (pings, timers) is taken off, so the per-command CPU figure holds at any rate.
      const idle = await measureIdleRate(server.pid, Math.max(300, o.settleMs / 2));
      await server.metrics('?reset=1');
      // BENCH_PROFILE_DIR: a profile (CPU, or allocations) of the server's main thread over this window only (setup left out).
      const profileDir = process.env.BENCH_PROFILE_DIR;
      if (profileDir) await server.profile('start');
      const sampler = sampleProcess(server.pid);
      const clientSampler = pool.pids.map((pid) => sampleProcess(pid));
      const reader = s.readerHoldsMs && server.dataDir ? holdReader(server.dataDir, s.readerHoldsMs) : null;
      const results = await pool.run(s.ratePerRoom, s.durationMs, o.drainMs);
      const proc = sampler.stop();
      const clientCpu = clientSampler.map((c) => c.stop()).reduce((a, c) => a + c.cpuSeconds, 0);
      const readerSaid = reader ? await reader : undefined;
      const m = await server.metrics();
      if (profileDir) writeProfile(profileDir, `${label.replaceAll(' ', '-')}-${count}`, await server.profile('stop'));
      const size = (room: number, channel?: 'staff' | 'members') =>
        rooms[room]!.sockets.filter((s) => !channel || (s.role === 'member') === (channel === 'members')).length - 1;
      const { figures, acked: ok } = combine(results, size);
      for (const a of ok) acked.push({ sessionId: rooms[a.room]!.sessionId! });
      const commits = (m.extra.commits as StepFigures['commits'] | undefined) ?? null;
      const step: StepFigures = {
        rooms: count,
        sockets: rooms.reduce((a, r) => a + r.sockets.length, 0),
        connectFailures: conn.failed,
        setupSeconds: round(setupSeconds, 1),
        ...figures,
        ...roundProc(proc),
        cpuMsPerCommand: round((Math.max(0, proc.cpuSeconds - idle.cpu * proc.seconds) * 1000) / Math.max(1, figures.commands), 3),
        idleCpuPercent: round(idle.cpu * 100, 1),
        mainThreadCpuMsPerCommand: round((Math.max(0, proc.mainThreadCpuSeconds - idle.main * proc.seconds) * 1000) / Math.max(1, figures.commands), 3),
        eventLoopP99Ms: round(m.eventLoop.p99),
        eventLoopMaxMs: round(m.eventLoop.max),
        gcPause: { maxMs: round(m.gc.maxMs), majorMaxMs: round(m.gc.major.maxMs), totalMs: round(m.gc.totalMs, 0) },
        commits,
        stages: (m.extra.stages as StepFigures['stages'] | undefined) ?? null,
        storeWorkerCpuMsPerCommand: commits?.threadCpuMs !== undefined ? round(commits.threadCpuMs / Math.max(1, figures.commands), 3) : null,
        loadClientCpuMsPerCommand: round((clientCpu * 1000) / Math.max(1, figures.commands), 3),
        loadAverage: loadAverage(),
        ...(readerSaid !== undefined ? { reader: readerSaid } : {}),
      };
      steps.push(step);
      o.log(
        `  ${label}: ${count} rooms, ${step.sockets} sockets: p50 ${step.latency.p50} p99 ${step.latency.p99} ms, ` +
          `loop p99 ${step.eventLoopP99Ms} max ${step.eventLoopMaxMs} ms (longest GC pause ${step.gcPause.maxMs} ms), cpu ${step.cpuPercent}%, ${step.cpuMsPerCommand} ms/cmd (main thread ${step.mainThreadCpuMsPerCommand}${step.storeWorkerCpuMsPerCommand !== null ? `, store worker ${step.storeWorkerCpuMsPerCommand}` : ''})` +
          (step.commits ? `, ${step.commits.writes} writes in ${step.commits.batches} transactions (p50 ${round(step.commits.p50)} max ${round(step.commits.max)} ms per transaction)` : '') +
          (step.stages ? `, server stages p50 ${stagesLine(step.stages)}` : '') +
          `, ${step.framesPerCommand} update frames/cmd, load clients ${step.loadClientCpuMsPerCommand} ms CPU/cmd` +
          (step.reader ? `, reader ${step.reader}` : '') +
          `, lost ${step.lost}, errors ${JSON.stringify(step.errors)}` +
          (conn.failed ? `, ${conn.failed} failed to connect (${conn.firstError})` : ''),
      );
      if (!alive(server.pid)) {
        o.log(`  ${label}: the server process exited during this step`);
        break;
      }
      if (conn.failed > 0 || !(step.latency.p99 <= s.stopAboveP99Ms)) break;
    }
  } finally {
    await pool.reset();
    await release();
  }
  // Read from the SQLite file itself (after the server stopped, or beside it in WAL mode when reused).
  const durability = server.dataDir ? checkDurability(server.dataDir, acked) : null;
  return { target, sqliteSync: target === 'attune' ? sync : null, coldStartMs: round(server.coldStartMs, 0), steps, durability, ...(notRun.length ? { notRun } : {}) };
}

function writeProfile(dir: string, name: string, profile: unknown): void {
  fs.mkdirSync(dir, { recursive: true });
  // The extensions Chrome's DevTools opens: Performance for CPU, Memory for sampled allocations.
  const file = path.join(dir, `${name}.${profileKind() === 'heap' ? 'heapprofile' : 'cpuprofile'}`);
  fs.writeFileSync(file, JSON.stringify(profile));
}

function roundProc(p: ProcFigures): ProcFigures {
  return { cpuPercent: round(p.cpuPercent, 0), cpuSeconds: round(p.cpuSeconds, 2), mainThreadCpuSeconds: round(p.mainThreadCpuSeconds, 2), seconds: round(p.seconds, 1), rssMeanMiB: round(p.rssMeanMiB, 1), rssMaxMiB: round(p.rssMaxMiB, 1) };
}

export interface MemoryRun {
  target: Target;
  points: Array<{ members: number; rssMiB: number; heapUsedMiB: number }>;
  /** Slopes: bytes per connected member. */
  rssPerMemberKiB: number;
  heapPerMemberKiB: number;
}

/** Idle members connected in steps; memory read after a forced GC; the slope is the cost per member. */
export async function runMemory(steps: number[], roomSize: number, target: Target, sync: 'FULL' | 'NORMAL', o: Options): Promise<MemoryRun> {
  const { server, release } = await boot(target, sync, o);
  const pool = o.pool;
  const rooms: PreparedRoom[] = [];
  const points: MemoryRun['points'] = [];
  try {
    for (const members of steps) {
      const want = Math.ceil(members / roomSize);
      const added = await prepareRooms(target, server.url, rooms.length, want - rooms.length, { members: roomSize, staff: false });
      rooms.push(...added);
      if (added.length) await pool.connect(target, server.url, assign(added, pool.size, false));
      await new Promise((r) => setTimeout(r, o.settleMs));
      await server.metrics('?gc=1');
      const m = await server.metrics('?gc=1');
      const point = { members: want * roomSize, rssMiB: round(rssBytes(server.pid) / 2 ** 20, 1), heapUsedMiB: round(m.memory.heapUsed / 2 ** 20, 1) };
      points.push(point);
      o.log(`  memory ${target}: ${point.members} members: rss ${point.rssMiB} MiB, heap ${point.heapUsedMiB} MiB`);
    }
  } finally {
    await pool.reset();
    await release();
  }
  const xs = points.map((p) => p.members);
  return {
    target,
    points,
    rssPerMemberKiB: round(slope(xs, points.map((p) => p.rssMiB * 1024)), 1),
    heapPerMemberKiB: round(slope(xs, points.map((p) => p.heapUsedMiB * 1024)), 1),
  };
}

/** Starts bench/lib/reader.ts on the server's file; resolves to what it said once it let go. */
function holdReader(dataDir: string, ms: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('bench/lib/reader.ts'), path.join(dataDir, 'attune.sqlite'), String(ms)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve(code === 0 ? `held a read transaction ${ms} ms` : `reader failed: ${out.slice(-200)}`)));
}
