import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestClient, TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import { checkinRoom, leaves } from './checkins-support.js';

/**
 * The proof of anonymity: record every message every socket receives
 * during a check-in, and read the database afterwards; nothing may tie a
 * member to an answer, and nothing but counts may arrive before reveal.
 */
const NAMES = ['Annika', 'Bertram', 'Cyrilla', 'Dorotea'];
const WORDS = ['marmalade', 'thunder', 'velvet', 'lantern'];
const SCALE = [1, 4, 7, 9];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

/** Keys a check-in part of a view may carry before reveal: the prompt, its format and counts. */
const BEFORE_REVEAL_KEYS = new Set(['id', 'prompt', 'format', 'kind', 'low', 'high', 'options', 'minimum', 'phase', 'startedAt', 'answered', 'expected', 'cutoff', 'atOrBelow']);

function checkinLeaves(messages: Array<{ event: string; data: unknown }>) {
  return messages.flatMap(leaves).filter((l) => l.path.includes('checkin'));
}

function assertNoLink(messages: Array<{ event: string; data: unknown }>, who: string[], values: (text: string) => boolean) {
  for (const m of messages) {
    const text = JSON.stringify(m.data);
    if (values(text)) for (const w of who) expect(text, `a message holds an answer and "${w}"`).not.toContain(w);
  }
}

async function runCheckin(kind: 'word' | 'scale') {
  server = await startServer({ snapshotEvery: 3 });
  const room = await checkinRoom(server, NAMES);
  const { clients, ids } = room;
  const fac = clients.facilitator!;
  const mark = new Map<TestClient, number>(room.everyone().map((c) => [c, c.received.length]));
  const since = (c: TestClient) => c.received.slice(mark.get(c));

  const format = kind === 'word' ? { kind: 'word' as const } : { kind: 'scale' as const, low: 'struggling', high: 'doing well', cutoff: 4 };
  expect(await fac.send('checkin:start', { prompt: 'How are you?', format })).toMatchObject({ ok: true });
  const checkinId = (await fac.until((v) => !!v.shared?.checkin)).shared!.checkin!.id;

  const walFile = path.join(server.dataDir, 'attune.sqlite-wal');
  for (let i = 0; i < NAMES.length; i++) {
    const value = kind === 'word' ? WORDS[i]! : SCALE[i]!;
    expect(await clients[NAMES[i]!]!.send('checkin:answer', { checkinId, value })).toMatchObject({ ok: true });
    for (const c of room.everyone()) await c.until((v) => v.shared?.checkin?.answered === i + 1);
    // Open answers stay in memory: neither the database file nor its WAL holds one.
    if (kind === 'word') {
      const files = [path.join(server.dataDir, 'attune.sqlite'), walFile].filter((f) => fs.existsSync(f));
      for (const f of files) for (const w of WORDS) expect(fs.readFileSync(f).toString('latin1')).not.toContain(w);
    }
  }
  expect(clients[NAMES[0]!]!.view!.me.checkin).toEqual({ id: checkinId, answered: true });
  const beforeReveal = new Map(room.everyone().map((c) => [c, since(c)]));

  expect(await fac.send('checkin:reveal', { checkinId })).toMatchObject({ ok: true });
  for (const c of room.everyone()) await c.until((v) => v.shared?.checkin?.phase === 'revealed');
  return { room, checkinId, beforeReveal, all: room.everyone().flatMap(since), ids };
}

describe('what sockets receive', () => {
  it('word check-in: nothing but counts before reveal; afterwards words only in the aggregate, never beside a member', async () => {
    const { room, beforeReveal, all, ids } = await runCheckin('word');
    const hasWord = (t: string) => WORDS.some((w) => t.includes(w));
    for (const [, msgs] of beforeReveal) {
      for (const m of msgs) expect(hasWord(JSON.stringify(m.data))).toBe(false);
      for (const l of checkinLeaves(msgs)) {
        expect(l.path.includes('results')).toBe(false);
        expect(BEFORE_REVEAL_KEYS.has(l.path[l.path.length - 1]!) || /^\d+$/.test(l.path[l.path.length - 1]!)).toBe(true);
      }
    }
    assertNoLink(all, [...NAMES, ...Object.values(ids)], hasWord);
    // A word appears only under `results`.
    for (const m of all) for (const l of leaves(m)) if (typeof l.value === 'string' && WORDS.includes(l.value)) expect(l.path).toContain('results');
    // Every screen shows the same counted words, most used first then alphabetical.
    const shown = room.everyone().map((c) => c.view!.shared!.checkin!.results);
    for (const r of shown) expect(r).toEqual(shown[0]);
    expect(shown[0]).toEqual({ kind: 'word', count: 4, words: [...WORDS].sort().map((word) => ({ word, count: 1 })) });
  });

  it('scale check-in: counts only before reveal, `me` never holds a value, the cut-off count waits for answers to stop', async () => {
    const { room, beforeReveal, all, ids } = await runCheckin('scale');
    for (const [, msgs] of beforeReveal) {
      for (const l of checkinLeaves(msgs)) {
        expect(l.path).not.toContain('results');
        if (l.path[l.path.length - 1] === 'atOrBelow') expect(l.value).toBeNull();
      }
    }
    for (const l of checkinLeaves(all)) {
      const meAt = l.path.indexOf('me');
      if (meAt >= 0) expect(['id', 'answered']).toContain(l.path[l.path.indexOf('checkin') + 1] ?? 'answered');
    }
    assertNoLink(all, [...NAMES, ...Object.values(ids)], (t) => t.includes('results') || t.includes('histogram'));
    const fac = room.clients.facilitator!.view!;
    expect(fac.shared!.checkin!.results).toMatchObject({ kind: 'scale', count: 4, histogram: [0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0], mean: 5.3, median: 5.5 });
    expect(fac.shared!.staff!.checkin).toEqual({ cutoff: 4, atOrBelow: 2 });
    expect(room.clients[NAMES[0]!]!.view!.shared!.staff).toBeUndefined();
    for (const c of room.everyone()) expect(c.view!.shared!.checkin!.results).toEqual(fac.shared!.checkin!.results);
  });
});

describe('what the database holds', () => {
  it('events say who answered and never what; snapshots and sealed records hold no one; old tallies are gone from the file', async () => {
    const { ids, checkinId } = await runCheckin('word');
    const dataDir = server!.dataDir;
    expect(await server!.sql('PRAGMA secure_delete', 'value')).toBe(1);
    await server!.close();
    server = undefined;
    const db = new Database(path.join(dataDir, 'attune.sqlite'), { readonly: true });
    const events = (db.prepare('SELECT body FROM events ORDER BY session_id, seq').pluck().all() as string[]).map((b) => JSON.parse(b) as Record<string, unknown>);
    const snapshots = db.prepare('SELECT state FROM snapshots').pluck().all() as string[];
    const sealed = db.prepare('SELECT key, value FROM sealed').all() as Array<{ key: string; value: string }>;
    db.close();

    const memberIds = Object.values(ids);
    for (const e of events) for (const w of WORDS) expect(JSON.stringify(e)).not.toContain(w);
    const answered = events.filter((e) => e.type === 'checkin:answered');
    expect(answered).toHaveLength(4);
    for (const e of answered) expect(Object.keys(e).sort()).toEqual(['at', 'checkinId', 'participantId', 'type']);

    expect(snapshots.length).toBeGreaterThan(0);
    for (const s of snapshots) for (const w of WORDS) expect(s).not.toContain(w);

    expect(sealed).toEqual([{ key: `checkin:${checkinId}`, value: JSON.stringify({ kind: 'word', words: [...WORDS].sort().map((w) => [w, 1]) }) }]);
    for (const id of [...memberIds, ...NAMES]) expect(sealed[0]!.value).not.toContain(id);

    // Forensics: earlier versions of the tally (which, beside the order of "answered"
    // events, would tell who wrote what) must not survive anywhere in the file.
    const raw = fs.readFileSync(path.join(dataDir, 'attune.sqlite')).toString('latin1');
    for (let n = 1; n < WORDS.length; n++) {
      const earlier = JSON.stringify({ kind: 'word', words: WORDS.slice(0, n).sort().map((w) => [w, 1]) });
      expect(raw).not.toContain(earlier);
    }
    expect(raw).toContain(JSON.stringify({ kind: 'word', words: [...WORDS].sort().map((w) => [w, 1]) }));
  });
});
