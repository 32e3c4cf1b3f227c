import type { ClientSize } from './lib/client-size.js';
import type { BenchResults } from './report.js';
import { pairAt, ratio, relayHolds } from './report.js';
import type { MemoryRun, ScenarioRun } from './scenarios.js';
import { round } from './lib/stats.js';

/** The issues' targets (#9, #16), checked against the figures. `met: null` = not measured in this run. */
export function checkTargets(
  scenarios: Record<string, ScenarioRun[]>,
  memory: MemoryRun[],
  client: ClientSize | { skipped: string },
  fsync: BenchResults['fsyncMs'],
): BenchResults['targets'] {
  const t: BenchResults['targets'] = [];
  const syncs = (runs: ScenarioRun[] = []) => runs.filter((r) => r.target === 'attune').map((r) => r.sqliteSync!);

  for (const sync of syncs(scenarios.group)) {
    const { attune, relay } = pairAt(scenarios.group!, sync, 1);
    const p50 = ratio(attune?.latency.p50, relay?.latency.p50);
    const p99 = ratio(attune?.latency.p99, relay?.latency.p99);
    t.push({ target: `group (${sync}): p50 ≤ 1.5× relay`, value: `×${p50} (${attune?.latency.p50} vs ${relay?.latency.p50} ms)`, met: p50 <= 1.5 });
    if (sync === 'FULL' && attune && relay) {
      // The fsync a command sent alone pays: a commit's WAL frame at the scenario's pace (bench/lib/fsync.ts).
      const paced = fsync.commitAtPace.p50;
      const bar = round(relay.latency.p50 + paced, 2);
      t.push({
        target: 'group (FULL): p50 ≤ relay p50 + fsync p50 (same run)',
        value: `${attune.latency.p50} ms vs ${relay.latency.p50} + ${paced} = ${bar} ms (fsync of a WAL frame at the group's pace; back to back it took ${fsync.p50} ms)`,
        met: attune.latency.p50 <= bar,
      });
    }
    t.push({ target: `group (${sync}): p99 ≤ 2× relay`, value: `×${p99} (${attune?.latency.p99} vs ${relay?.latency.p99} ms)`, met: p99 <= 2 });
    t.push({ target: `group (${sync}): p99 < 10 ms`, value: `${attune?.latency.p99} ms`, met: (attune?.latency.p99 ?? Infinity) < 10 });
  }
  for (const sync of syncs(scenarios.clinic)) {
    const run = scenarios.clinic!.find((r) => r.target === 'attune' && r.sqliteSync === sync)!;
    // A step counts only where the bare relay held at the same step in this run (else the load side was the limit).
    const counted = run.steps.filter((s) => relayHolds(pairAt(scenarios.clinic!, sync, s.rooms).relay));
    const held = counted.filter((s) => s.latency.p99 < 50 && s.eventLoopP99Ms < 20 && s.connectFailures === 0);
    const best = held.length ? Math.max(...held.map((s) => s.rooms)) : 0;
    // The relay's own steps: Attune stops climbing once its p99 is far over the bar, and a step it never ran still tells whether the machine could carry it.
    const relaySteps = scenarios.clinic!.find((r) => r.target === 'relay')?.steps ?? [];
    const relayBest = Math.max(0, ...relaySteps.filter((s) => relayHolds(s)).map((s) => s.rooms));
    const tried = run.steps
      .map((s) => `${s.rooms}: p99 ${s.latency.p99} ms, loop ${s.eventLoopP99Ms} ms${relayHolds(pairAt(scenarios.clinic!, sync, s.rooms).relay) ? '' : ' (relay did not hold: not counted)'}`)
      .join('; ');
    const where = `largest step held ${best} rooms; the relay held up to ${relayBest}`;
    t.push({ target: `clinic (${sync}): ≥ 1,000 rooms of 12 with p99 < 50 ms and loop p99 < 20 ms`, value: `${where} (${tried})`, met: best >= 1000 ? true : relayBest < 1000 ? null : false });
    const cpu = counted.map((s) => ({ rooms: s.rooms, r: ratio(s.cpuMsPerCommand, pairAt(scenarios.clinic!, sync, s.rooms).relay?.cpuMsPerCommand) }));
    if (cpu.length) t.push({ target: `clinic (${sync}): server CPU per command within 2× the relay's`, value: cpu.map((c) => `${c.rooms}: ×${c.r}`).join(', '), met: cpu.every((c) => c.r <= 2) });
  }
  for (const run of (scenarios.reader ?? []).filter((r) => r.target === 'attune')) {
    for (const s of run.steps) {
      t.push({ target: `reader holding a read transaction during the clinic step (${s.rooms} rooms): p99 < 50 ms`, value: `p99 ${s.latency.p99} ms, loop ${s.eventLoopP99Ms} ms (${s.reader ?? 'no reader'})`, met: s.latency.p99 < 50 && !!s.reader?.startsWith('held') });
    }
  }
  for (const sync of syncs(scenarios.workshop)) {
    const { attune } = pairAt(scenarios.workshop!, sync, 1);
    t.push({ target: `workshop (${sync}): p99 < 50 ms`, value: `${attune?.latency.p99} ms`, met: (attune?.latency.p99 ?? Infinity) < 50 });
    const small = pairAt(scenarios.group ?? [], sync, 1).attune;
    if (small && attune) {
      const r = ratio(attune.bytesPerRecipient, small.bytesPerRecipient);
      t.push({ target: `bytes per recipient per command: ${attune.sockets} vs ${small.sockets} members within 10%`, value: `${attune.bytesPerRecipient} vs ${small.bytesPerRecipient} B (×${r})`, met: Math.abs(r - 1) <= 0.1 });
    }
  }
  const mem = memory.find((m) => m.target === 'attune');
  if (mem) t.push({ target: 'memory < 40 KiB RSS per connected member', value: `${mem.rssPerMemberKiB} KiB RSS, ${mem.heapPerMemberKiB} KiB heap`, met: mem.rssPerMemberKiB < 40 });
  if ('skipped' in client) t.push({ target: 'member view ≤ 110 KB gzipped JS', value: `not measured: ${client.skipped}`, met: null });
  else t.push({ target: 'member view ≤ 110 KB gzipped JS', value: `${client.memberViewKB} KB (console ${client.facilitatorConsoleKB} KB)`, met: client.memberViewKB <= 110 });

  const all = Object.values(scenarios).flat();
  if (all.length === 0) return t;
  const lost = all.reduce((a, r) => a + r.steps.reduce((b, s) => b + s.lost + s.gaps, 0), 0);
  const ooo = all.reduce((a, r) => a + r.steps.reduce((b, s) => b + s.outOfOrder, 0), 0);
  t.push({ target: 'zero lost or reordered updates (Attune and relay)', value: `${lost} lost/gaps, ${ooo} out of order`, met: lost === 0 && ooo === 0 });
  const durable = all.filter((r) => r.durability);
  const missing = durable.reduce((a, r) => a + r.durability!.missing, 0);
  const ackedCount = durable.reduce((a, r) => a + r.durability!.ackedCommands, 0);
  t.push({ target: 'every acknowledged command is in SQLite', value: `${ackedCount} acked, ${missing} missing`, met: missing === 0 && ackedCount > 0 });
  return t;
}
