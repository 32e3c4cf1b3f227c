import type { ClientSize } from './lib/client-size.js';
import type { BenchResults } from './report.js';
import { pairAt, ratio } from './report.js';
import type { MemoryRun, ScenarioRun } from './scenarios.js';

/** The targets (#9), checked against the figures. `met: null` = not measured in this run. */
export function checkTargets(scenarios: Record<string, ScenarioRun[]>, memory: MemoryRun[], client: ClientSize | { skipped: string }): BenchResults['targets'] {
  const t: BenchResults['targets'] = [];
  const syncs = (runs: ScenarioRun[] = []) => runs.filter((r) => r.target === 'attune').map((r) => r.sqliteSync!);

  for (const sync of syncs(scenarios.group)) {
    const { attune, relay } = pairAt(scenarios.group!, sync, 1);
    const p50 = ratio(attune?.latency.p50, relay?.latency.p50);
    const p99 = ratio(attune?.latency.p99, relay?.latency.p99);
    t.push({ target: `group (${sync}): p50 ≤ 1.5× relay`, value: `×${p50} (${attune?.latency.p50} vs ${relay?.latency.p50} ms)`, met: p50 <= 1.5 });
    t.push({ target: `group (${sync}): p99 ≤ 2× relay`, value: `×${p99} (${attune?.latency.p99} vs ${relay?.latency.p99} ms)`, met: p99 <= 2 });
    t.push({ target: `group (${sync}): p99 < 10 ms`, value: `${attune?.latency.p99} ms`, met: (attune?.latency.p99 ?? Infinity) < 10 });
  }
  for (const sync of syncs(scenarios.clinic)) {
    const run = scenarios.clinic!.find((r) => r.target === 'attune' && r.sqliteSync === sync)!;
    const held = run.steps.filter((s) => s.latency.p99 < 50 && s.eventLoopP99Ms < 20 && s.connectFailures === 0);
    const best = held.length ? Math.max(...held.map((s) => s.rooms)) : 0;
    const tried = run.steps.map((s) => `${s.rooms}: p99 ${s.latency.p99} ms, loop ${s.eventLoopP99Ms} ms`).join('; ');
    t.push({ target: `clinic (${sync}): ≥ 500 rooms of 12 with p99 < 50 ms and loop p99 < 20 ms`, value: `${best} rooms (${tried})`, met: best >= 500 });
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
