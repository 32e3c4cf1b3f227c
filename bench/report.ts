import type { ClientSize } from './lib/client-size.js';
import type { FsyncFigures } from './lib/fsync.js';
import { round } from './lib/stats.js';
import type { MemoryRun, ScenarioRun, StepFigures } from './scenarios.js';
import { STAGES } from '../server/stages.js';

/** The bench's results file (bench/results/latest.json) and its table on stdout. */
export interface BenchResults {
  date: string;
  quick: boolean;
  machine: { cores: number; cpuModel: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; benchPriority: number };
  mix: string[];
  /** The disk's fsync latency, measured at the start of the run (bench/lib/fsync.ts): back to back, and a commit's WAL frame at the group's pace. */
  fsyncMs: FsyncFigures & { commitAtPace: FsyncFigures & { bytes: number; gapMs: number } };
  scenarios: Record<string, ScenarioRun[]>;
  memory: MemoryRun[];
  coldStartMs: { attune: number[]; relay: number[] };
  client: ClientSize | { skipped: string };
  targets: Array<{ target: string; value: string; met: boolean | null }>;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The process's CPU per command beyond its main thread and store worker: V8's garbage-collection helpers and I/O threads. */
function otherThreads(s: StepFigures): number {
  return Math.max(0, Math.round((s.cpuMsPerCommand - s.mainThreadCpuMsPerCommand - (s.storeWorkerCpuMsPerCommand ?? 0)) * 1000) / 1000);
}

function stepRow(label: string, s: StepFigures): string {
  return [
    label.padEnd(22),
    pad(s.rooms, 5),
    pad(s.sockets, 6),
    pad(s.latency.p50, 7),
    pad(s.latency.p95, 7),
    pad(s.latency.p99, 7),
    pad(s.latency.max, 7),
    pad(s.eventLoopP99Ms, 6),
    pad(s.cpuPercent, 5),
    pad(s.cpuMsPerCommand, 6),
    pad(s.mainThreadCpuMsPerCommand ?? '–', 6),
    pad(s.rssMaxMiB, 7),
    pad(s.bytesPerRecipient, 7),
    pad(s.lost, 5),
    pad(s.outOfOrder, 4),
    pad(Object.values(s.errors).reduce((a, b) => a + b, 0), 4),
  ].join(' ');
}

/** The step figures of Attune and the relay at the same room count. */
export function pairAt(runs: ScenarioRun[], sync: 'FULL' | 'NORMAL', rooms: number) {
  const attune = runs.find((r) => r.target === 'attune' && r.sqliteSync === sync)?.steps.find((s) => s.rooms === rooms);
  const relay = runs.find((r) => r.target === 'relay')?.steps.find((s) => s.rooms === rooms);
  return { attune, relay };
}

/** Whether the bare relay held the clinic bar at a step: only there can Attune's figure at that step count. */
export function relayHolds(relay: StepFigures | undefined): boolean {
  return !!relay && relay.latency.p99 < 50 && relay.eventLoopP99Ms < 20 && relay.connectFailures === 0;
}

export function ratio(a: number | undefined, b: number | undefined): number {
  return a === undefined || b === undefined || b === 0 ? NaN : round(a / b, 2);
}

export function formatTable(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Attune bench ${r.quick ? '(quick) ' : ''}${r.date} — ${r.machine.cores} cores (${r.machine.cpuModel}), Node ${r.machine.node}, load avg ${r.machine.loadAverageAtStart.join(' ')} → ${r.machine.loadAverageAtEnd.join(' ')}${r.machine.benchPriority ? `, bench at nice ${r.machine.benchPriority}` : ''}`);
  out.push(`Mix per room: ${r.mix.join(', ')}`);
  const paced = r.fsyncMs.commitAtPace;
  out.push(`fsync (measured in this run): a small append back to back p50 ${r.fsyncMs.p50} ms, p99 ${r.fsyncMs.p99} ms; a ${paced.bytes}-byte WAL frame every ${paced.gapMs} ms (the group's pace) p50 ${paced.p50} ms, p99 ${paced.p99} ms`);
  out.push('latency = send → update at the LAST recipient, ms; loop = server event-loop delay p99, ms; cpu = server % of one core; ms/cmd = server CPU ms per command (main: on the main thread alone); rss = max MiB; B/rcpt = frame bytes per recipient per command');
  out.push(['scenario / target'.padEnd(22), pad('rooms', 5), pad('socks', 6), pad('p50', 7), pad('p95', 7), pad('p99', 7), pad('max', 7), pad('loop', 6), pad('cpu', 5), pad('ms/cmd', 6), pad('main', 6), pad('rss', 7), pad('B/rcpt', 7), pad('lost', 5), pad('ooo', 4), pad('err', 4)].join(' '));
  for (const [name, runs] of Object.entries(r.scenarios)) {
    for (const run of runs) {
      const label = `${name} ${run.target === 'relay' ? 'relay' : `attune ${run.sqliteSync}`}`;
      for (const s of run.steps) out.push(stepRow(label, s));
      for (const n of run.notRun ?? []) out.push(`${label.padEnd(22)} ${pad(n.rooms, 5)}  not run: ${n.reason}`);
    }
    for (const run of runs.filter((x) => x.target === 'attune')) {
      for (const s of run.steps) {
        const { relay } = pairAt(runs, run.sqliteSync!, s.rooms);
        if (relay) out.push(`  ratio attune ${run.sqliteSync}/relay at ${s.rooms} rooms: p50 ×${ratio(s.latency.p50, relay.latency.p50)}, p99 ×${ratio(s.latency.p99, relay.latency.p99)}, CPU per command ×${ratio(s.cpuMsPerCommand, relay.cpuMsPerCommand)} (main thread ×${ratio(s.mainThreadCpuMsPerCommand, relay.mainThreadCpuMsPerCommand)}), bytes ×${ratio(s.bytesPerRecipient, relay.bytesPerRecipient)}${relayHolds(relay) ? '' : ' — the relay itself did not hold here (load side or machine limit): this step does not count'}`);
        if (s.commits) out.push(`    group commit: ${s.commits.writes} writes in ${s.commits.batches} transactions, transaction p50 ${s.commits.p50} ms, max ${s.commits.max} ms; load clients ${s.loadClientCpuMsPerCommand} ms CPU/cmd${s.reader ? `; ${s.reader}` : ''}`);
        if (s.stages) out.push(`    server stages, p50 (p99) ms: ${stagesLine(s.stages, true)}`);
        if (s.storeWorkerCpuMsPerCommand != null) out.push(`    CPU per command by thread: main ${s.mainThreadCpuMsPerCommand} ms, store worker ${s.storeWorkerCpuMsPerCommand} ms, the rest (GC helpers, I/O) ${otherThreads(s)} ms`);
        out.push(`    event loop: p99 ${s.eventLoopP99Ms} ms, max ${s.eventLoopMaxMs} ms; GC pauses ${s.gcPause.totalMs} ms in all, longest ${s.gcPause.maxMs} ms (full GC ${s.gcPause.majorMaxMs} ms); relay: loop max ${relay?.eventLoopMaxMs ?? '–'} ms, longest GC pause ${relay?.gcPause?.maxMs ?? '–'} ms`);
      }
      const last = run.steps[0];
      if (last?.byCommand) {
        // The four slowest, and the shared notes' updates always (they travel apart from the commands).
        const sorted = Object.entries(last.byCommand).sort((a, b) => b[1].p50 - a[1].p50);
        const top = sorted.filter(([n], i) => i < 4 || n.startsWith('notes:'));
        out.push(`  by command (attune ${run.sqliteSync}, ${last.rooms} rooms), p50/p99 ms: ${top.map(([n, x]) => `${n} ${x.p50}/${x.p99}`).join(', ')}`);
      }
      if (run.durability) out.push(`  durability (${run.sqliteSync}): ${run.durability.ackedCommands} acked commands, ${run.durability.foundInSqlite} found in SQLite, ${run.durability.missing} missing`);
    }
  }
  for (const m of r.memory) out.push(`memory ${m.target}: ${m.rssPerMemberKiB} KiB RSS and ${m.heapPerMemberKiB} KiB heap per connected member (${m.points.map((p) => `${p.members}:${p.rssMiB}MiB`).join(' ')})`);
  if (r.coldStartMs.attune.length) out.push(`cold start to /healthz: attune ${r.coldStartMs.attune.join(', ')} ms; relay ${r.coldStartMs.relay.join(', ')} ms`);
  out.push('skipped' in r.client ? `client JS: skipped (${r.client.skipped})` : `client JS gzipped: member view ${r.client.memberViewKB} KB, facilitator console ${r.client.facilitatorConsoleKB} KB (${r.client.note})`);
  out.push('Targets:');
  for (const t of r.targets) out.push(`  ${t.met === null ? '  –  ' : t.met ? ' met ' : 'MISSED'}  ${t.target}: ${t.value}`);
  return out.join('\n');
}

/** Where a command's time went on the server (server/stages.ts): each stage's p50, and its p99 when asked. */
export function stagesLine(stages: NonNullable<StepFigures['stages']>, withP99 = false): string {
  return STAGES.filter((name) => stages[name])
    .map((name) => `${name} ${stages[name]!.p50}${withP99 ? ` (${stages[name]!.p99})` : ''}`)
    .join(', ');
}
