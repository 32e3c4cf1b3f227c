import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEASURES } from '../../shared/measure/definitions.js';
import type { MeasureKind, MeasureMode } from '../../shared/measure/definitions.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import { checkinRoom, leaves } from './checkins-support.js';

/**
 * Measures over real sockets: record every message each member's socket
 * receives and read the database. Named answers, totals and goals reach only
 * their member and staff; anonymous answers reach nobody one by one, and the
 * disk (file and WAL) holds nothing that ties a member to an answer.
 */
const NAMES = ['Annika', 'Bertram', 'Cyrilla'];
const GOALS: Record<string, string> = { Annika: 'say when I disagree zanzibar', Bertram: 'ask for help quokka', Cyrilla: 'stay in the room pelican' };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

const open = (kind: MeasureKind, mode: MeasureMode) => ({
  kind,
  mode,
  items: MEASURES[kind].items.map((i) => `question ${i.id}`),
  low: 'low end',
  high: 'high end',
  ...(kind === 'wellbeing' ? { cutoff: 20 } : {}),
});

async function setUp() {
  server = await startServer();
  const room = await checkinRoom(server, NAMES);
  const fac = room.clients.facilitator!;
  const mark = new Map<TestClient, number>(room.everyone().map((c) => [c, c.received.length]));
  const since = (name: string) => room.clients[name]!.received.slice(mark.get(room.clients[name]!));
  /** Opens a measure and waits until everyone sees it. */
  const openRun = async (kind: MeasureKind, mode: MeasureMode) => {
    expect(await fac.send('measure:open', open(kind, mode))).toMatchObject({ ok: true });
    const run = (await fac.until((v) => v.shared?.measure?.kind === kind)).shared!.measure!;
    for (const c of room.everyone()) await c.until((v) => v.shared?.measure?.id === run.id);
    return run.id;
  };
  return { room, fac, since, openRun };
}

describe('named measures', () => {
  it("reach only their member and staff: no member's frames hold another's answers, totals or goals", async () => {
    const { room, fac, since, openRun } = await setUp();
    for (const name of NAMES) expect(await room.clients[name]!.send('measure:setGoals', { goals: [GOALS[name]!] })).toMatchObject({ ok: true });
    const wellbeing = await openRun('wellbeing', 'named');
    const answers: Record<string, number[]> = { Annika: [1, 2, 3, 4], Bertram: [9, 8, 9, 8], Cyrilla: [5, 5, 5, 5] };
    for (const name of NAMES) expect(await room.clients[name]!.send('measure:answer', { runId: wellbeing, values: answers[name]! })).toMatchObject({ ok: true });
    await fac.until((v) => v.shared?.measure?.answered === 3);
    expect(fac.view!.shared!.staff!.measures.runs[0]!.rows![room.ids.Annika!]).toEqual({ values: [1, 2, 3, 4], total: 10, belowCutoff: true });
    expect(await fac.send('measure:close', { runId: wellbeing })).toMatchObject({ ok: true });
    const goals = await openRun('goals', 'named');
    for (const name of NAMES) expect(await room.clients[name]!.send('measure:answer', { runId: goals, values: [7] })).toMatchObject({ ok: true });
    await fac.until((v) => v.shared?.measure?.answered === 3);
    expect(fac.view!.shared!.staff!.measures.goals[room.ids.Bertram!]).toEqual([GOALS.Bertram]);

    for (const name of NAMES) {
      const frames = since(name);
      const text = JSON.stringify(frames);
      for (const other of NAMES.filter((n) => n !== name)) expect(text, `${name} received ${other}'s goal`).not.toContain(GOALS[other]);
      for (const l of frames.flatMap(leaves)) {
        expect(l.path, `${name} received staff data`).not.toContain('staff');
        expect(l.path).not.toContain('rows');
        expect(l.path).not.toContain('total');
        expect(l.path).not.toContain('values');
      }
      expect(room.clients[name]!.view!.me.measure!.goals).toEqual([GOALS[name]]);
    }
  });
});

describe('anonymous measures, by the check-ins\' rules', () => {
  it('no answer reaches anyone one by one; the disk holds only who answered, then counts once closed with enough answers', async () => {
    const { room, fac, since, openRun } = await setUp();
    const climate = await openRun('climate', 'anonymous');
    const rows: Record<string, number[]> = { Annika: [6, 6, 0, 0, 1, 1], Bertram: [5, 4, 2, 2, 0, 0], Cyrilla: [3, 3, 3, 3, 3, 3] };
    for (const name of NAMES) {
      expect(await room.clients[name]!.send('measure:answer', { runId: climate, values: rows[name]! })).toMatchObject({ ok: true });
    }
    await fac.until((v) => v.shared?.measure?.answered === 3);
    // Open answers live in memory: the log has who answered and no values; nothing is sealed yet.
    const logged = await server!.sql<string[]>("SELECT body FROM events WHERE body LIKE '%measure:answeredAnonymously%'", 'values');
    expect(logged).toHaveLength(3);
    for (const body of logged) expect(Object.keys(JSON.parse(body) as object).sort()).toEqual(['at', 'participantId', 'runId', 'type']);
    expect(await server!.sql("SELECT COUNT(*) FROM sealed WHERE key LIKE 'measure:%'", 'value')).toBe(0);
    expect(fac.view!.shared!.staff!.measures.runs[0]!.results).toBeUndefined();

    expect(await fac.send('measure:close', { runId: climate })).toMatchObject({ ok: true });
    const closed = await fac.until((v) => v.shared?.staff?.measures.runs[0]?.results !== undefined);
    expect(closed.shared!.staff!.measures.runs[0]!.results!.subscales).toEqual({ engagement: 4.5, avoidance: 1.7, conflict: 1.3 });
    const sealed = await server!.sql<string[]>("SELECT value FROM sealed WHERE key LIKE 'measure:%'", 'values');
    expect(sealed).toHaveLength(1);
    const counts = JSON.parse(sealed[0]!) as number[][];
    expect(counts[0]).toEqual([0, 0, 0, 1, 0, 1, 1]);
    for (const id of Object.values(room.ids)) expect(sealed[0]).not.toContain(id);

    // Members saw the questions and counts only: no values, no aggregate, nothing of staff's.
    for (const name of NAMES) {
      for (const l of since(name).flatMap(leaves)) {
        expect(l.path).not.toContain('staff');
        expect(l.path).not.toContain('results');
        expect(l.path).not.toContain('values');
      }
    }
    // Nothing in the file or its WAL sits an answer row beside a member.
    const files = ['attune.sqlite', 'attune.sqlite-wal'].map((f) => path.join(server!.dataDir, f)).filter((f) => fs.existsSync(f));
    for (const f of files) {
      const bytes = fs.readFileSync(f).toString('latin1');
      for (const name of NAMES) expect(bytes).not.toContain(JSON.stringify(rows[name]));
    }
  });

  it('below the minimum, closing keeps and shows nothing', async () => {
    const { room, fac, openRun } = await setUp();
    const run = await openRun('session', 'anonymous');
    for (const name of NAMES.slice(0, 2)) expect(await room.clients[name]!.send('measure:answer', { runId: run, values: [8, 8, 8, 8] })).toMatchObject({ ok: true });
    await fac.until((v) => v.shared?.measure?.answered === 2);
    expect(await fac.send('measure:close', { runId: run })).toMatchObject({ ok: true });
    await fac.until((v) => v.shared?.staff?.measures.runs[0]?.phase === 'closed');
    expect(fac.view!.shared!.staff!.measures.runs[0]!.results).toBeUndefined();
    expect(await server!.sql("SELECT COUNT(*) FROM sealed WHERE key LIKE 'measure:%'", 'value')).toBe(0);
  });
});
