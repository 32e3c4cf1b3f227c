import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Person, openSession } from './actors.js';
import { LogWatch } from './checks.js';
import { SessionScript, tally } from './script.js';
import { killAll, startServices, waitFor } from './services.js';
import type { Services } from './services.js';
import { forcedSplit } from './split.js';

/**
 * `npm run test:cluster`: three Attune nodes behind nginx, on their own
 * PostgreSQL and Redis (tests/cluster/services.ts), 20 scripted sessions, then
 * four faults: a node killed, Redis restarted, PostgreSQL restarted, two nodes
 * owning one session. Each step prints what it measured; any loss fails.
 */
const SESSIONS = Number(process.env.CLUSTER_SESSIONS ?? 20);
const MEMBERS = 3;
const TARGET_MOVE_MS = 10_000;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const results: Array<{ name: string; ok: boolean; detail: string }> = [];
const check = (name: string, ok: boolean, detail: string) => {
  results.push({ name, ok, detail });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
};

let services: Services | undefined;
let watch: LogWatch | undefined;
const scripts: SessionScript[] = [];
const t = tally();
const everyone = () => scripts.flatMap((s) => s.people);

async function progressAfter(since: number, which: SessionScript[], what: string, ms = 60_000): Promise<number> {
  return waitFor(what, () => which.every((s) => s.lastAckAt > since), ms, 50);
}

async function allConnected(ms = 60_000): Promise<number> {
  return waitFor('every person connected again', () => everyone().every((p) => p.connected && p.view !== null), ms);
}

/** With the scripts paused, every view a person holds equals what a resync gives: no update was lost to them. */
async function viewsCurrent(): Promise<{ stale: number; checked: number }> {
  let stale = 0;
  for (const p of everyone()) {
    const r = (await p.socket.timeout(10_000).emitWithAck('view:resync').catch(() => null)) as { ok: boolean; view?: unknown } | null;
    if (!r?.ok || JSON.stringify(r.view) !== JSON.stringify(p.view)) stale++;
  }
  return { stale, checked: everyone().length };
}

async function pauseAndCompare(step: string): Promise<void> {
  await Promise.all(scripts.map((s) => s.stop()));
  // Patches already sent arrive before the resync's answer (one socket keeps order), so the comparison is fair.
  const { stale, checked } = await viewsCurrent();
  check(`${step}: views current`, stale === 0, `${checked - stale}/${checked} connected views equal a fresh resync; gaps seen ${sum('gaps')}, healed by resync ${sum('healed')}`);
  scripts.forEach((s) => s.start());
}

const sum = (k: 'gaps' | 'healed' | 'connects') => everyone().reduce((n, p) => n + p[k], 0);

async function main(): Promise<void> {
  const t0 = Date.now();
  services = await startServices(3, repo);
  watch = new LogWatch(services.databaseUrl);
  console.log(`cluster up in ${Date.now() - t0} ms: PostgreSQL :${services.pg.port}, Redis :${services.redis.port}, nginx :${services.nginx.port}, nodes ${services.nodes.map((n) => `:${n.port}`).join(' ')}`);

  for (let i = 0; i < SESSIONS; i++) scripts.push(new SessionScript(await openSession(services.proxyUrl, i, MEMBERS), i, t));
  await allConnected();
  await Promise.all(scripts.map((s) => s.feedbackRound()));
  scripts.forEach((s) => s.start());
  await progressAfter(Date.now(), scripts, 'every session to make progress');
  const sampler = setInterval(() => void watch!.sample(), 1000);
  const owners0 = await watch.owners();
  const perNode = new Map<string, number>();
  for (const s of scripts) perNode.set(owners0.get(s.sessionId) ?? '?', (perNode.get(owners0.get(s.sessionId) ?? '?') ?? 0) + 1);
  console.log(`${SESSIONS} sessions of ${MEMBERS + 1} people running; sessions per node: ${[...perNode].map(([n, c]) => `${n} ${c}`).join(', ')}`);

  // 1. kill -9 the node that owns the most sessions.
  console.log('step 1: kill -9 a node mid-session');
  const victimId = [...perNode].sort((a, b) => b[1] - a[1])[0]![0];
  const victim = services.nodes.find((n) => n.name === victimId)!;
  const moved = scripts.filter((s) => owners0.get(s.sessionId) === victimId);
  const killedAt = Date.now();
  await victim.stop('SIGKILL');
  // Acks the node wrote just before it died are still read after the kill, so progress counts from once it is gone
  // (stop() waits for its port to close, and the acks already received are read meanwhile).
  const deadAt = Date.now();
  const moveMs = deadAt - killedAt + (await progressAfter(deadAt, moved, 'the killed node\'s sessions to go on elsewhere'));
  const owners1 = await watch.owners();
  check('step 1: sessions moved', moved.every((s) => owners1.get(s.sessionId) !== victimId), `${moved.length} sessions of ${victimId} went on elsewhere; the last in ${moveMs} ms (target ${TARGET_MOVE_MS} ms: ${moveMs <= TARGET_MOVE_MS ? 'met' : 'MISSED'})`);
  check('step 1: within target', moveMs <= TARGET_MOVE_MS, `${moveMs} ms`);
  const reconnectMs = await allConnected();
  check('step 1: clients reconnected as themselves', everyone().every((p) => !p.id || p.view?.me.id === p.id), `all ${everyone().length} people back (${reconnectMs} ms after the sessions moved), each seeing themselves`);
  const restartAt = Date.now();
  await victim.start();
  await progressAfter(restartAt, scripts, 'every session to go on after the node came back');
  await allConnected();
  await pauseAndCompare('step 1');

  // 2. Restart Redis.
  console.log('step 2: restart Redis mid-session');
  const gaps2 = sum('gaps');
  await services.redis.stop('SIGTERM');
  const redisDownAt = Date.now();
  await services.redis.start();
  const redisMs = await progressAfter(Date.now(), scripts, 'every session to go on after Redis came back');
  console.log(`  Redis was away ${Date.now() - redisDownAt - redisMs} ms; every session went on ${redisMs} ms after it came back; gaps in that time ${sum('gaps') - gaps2}`);
  await allConnected();
  await pauseAndCompare('step 2');

  // 3. Restart PostgreSQL.
  console.log('step 3: restart PostgreSQL mid-session');
  const before = { ...t };
  await services.pg.stop('SIGINT');
  const pgDownAt = Date.now();
  await waitFor('commands to be refused while the database is away', () => t.refusedRetryable + t.noAnswer >= before.refusedRetryable + before.noAnswer + SESSIONS, 30_000);
  const ackedWhileDown = t.acked - before.acked;
  await services.pg.start();
  const pgBackAt = Date.now();
  const pgMs = await progressAfter(pgBackAt, scripts, 'every session to go on after PostgreSQL came back');
  check('step 3: refused, not acknowledged', true, `database away ${pgBackAt - pgDownAt} ms: ${t.refusedRetryable - before.refusedRetryable} commands refused as retryable (unavailable), ${t.noAnswer - before.noAnswer} unanswered and retried, ${ackedWhileDown} acknowledged meanwhile (each must be in the log, checked below); every session went on ${pgMs} ms after it was back`);
  await allConnected();
  await pauseAndCompare('step 3');

  // 4. Two nodes owning one session.
  console.log('step 4: two nodes believing they own one session');
  const spare = await openSession(services.proxyUrl, 999, 1);
  spare.members.forEach((m) => m.close());
  spare.facilitator.close();
  const split = await forcedSplit(services.databaseUrl, spare.created.sessionId, 25);
  check('step 4: one commit per version (fenced)', split.winsPerVersion.every((n) => n === 1), `${split.rounds} versions raced by two owners: winners per version ${[...new Set(split.winsPerVersion)].join('/')}; the old owner refused by the fence ${split.xRefusedByFence}×, gave the session up: ${split.xGaveUp}`);
  check('step 4: loser gives up', split.xGaveUp && split.xRefusedByFence >= 1, `old owner refused ${split.xRefusedByFence}×`);
  check('step 4: one commit per version (version check alone)', split.unfencedWinsPerVersion.every((n) => n === 1), `${split.rounds} versions raced with leases off: winners per version ${[...new Set(split.unfencedWinsPerVersion)].join('/')}`);
  // And with real nodes: a person connects straight to a node that does not own their session.
  const target = scripts[0]!;
  const owner = (await watch.owners()).get(target.sessionId);
  const other = services.nodes.findIndex((n) => n.name !== owner && n.proc?.exitCode === null);
  const m = target.s.members[1]!;
  const direct = new Person(services.nodeUrl(other), target.sessionId, m.token, m.id);
  await waitFor('the direct connection', () => direct.connected && direct.view !== null, 30_000);
  const refusedBefore = t.refusedRetryable;
  const splitAt = Date.now();
  for (let i = 0; i < 5; i++) await direct.sendOnce('turns:raiseHand', {});
  direct.close();
  await progressAfter(splitAt, [target], 'the session to settle on one node');
  check('step 4: real nodes settle', true, `${services.nodes[other]!.name} took ${target.sessionId.slice(0, 8)} from ${owner} by a direct connection; scripted commands refused as retryable meanwhile: ${t.refusedRetryable - refusedBefore}; owner now ${(await watch.owners()).get(target.sessionId)}`);
  await allConnected();
  await pauseAndCompare('step 4');

  // The verdict: nothing acknowledged lost, no version stored twice.
  await Promise.all(scripts.map((s) => s.stop()));
  clearInterval(sampler);
  await watch.sample();
  const acked = scripts.flatMap((s) => s.acked);
  const missing = await watch.missing(acked);
  check('acknowledged commands kept', missing.length === 0, `${acked.length - missing.length}/${acked.length} acknowledged commands found in the log${missing.length ? `; missing e.g. ${JSON.stringify(missing.slice(0, 3))}` : ''}`);
  check('one content per version', watch.conflicts.length === 0, `${watch.samples} samples of the log; versions seen with two contents: ${watch.conflicts.length}`);
  check('versions contiguous', await watch.versionsContiguous(), 'every session stores versions 1…n');
  console.log(`commands: ${t.sent} sent, ${t.acked} acknowledged, ${t.refusedRetryable} refused as retryable, ${t.noAnswer} unanswered (retried), ${t.refusedOther} refused by the session's rules; reconnections ${sum('connects') - everyone().length}`);
}

const finish = async (failed: boolean) => {
  for (const p of everyone()) p.close();
  await watch?.close().catch(() => {});
  await services?.stopAll().catch(() => {});
  await killAll();
  const failedCount = results.filter((r) => !r.ok).length + (failed ? 1 : 0);
  const passedCount = results.length - results.filter((r) => !r.ok).length;
  console.log(`cluster: ${passedCount} passed, ${failedCount} failed`);
  fs.mkdirSync(path.join(repo, 'reports'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'reports/cluster.json'), JSON.stringify({ passed: passedCount, failed: failedCount, checks: results }, null, 2));
  // Logs are kept for a failed run only.
  if (services && failedCount > 0) console.log(`logs: ${services.dir}/logs`);
  else if (services) fs.rmSync(services.dir, { recursive: true, force: true });
  process.exit(failedCount > 0 ? 1 : 0);
};

main().then(
  () => finish(false),
  (err: unknown) => {
    console.error('cluster test failed:', err);
    return finish(true);
  },
);
