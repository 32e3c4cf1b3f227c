import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandAck } from '../../shared/protocol.js';
import { startServer, tempDir } from '../support/harness.js';
import { startPgServer } from '../support/pg.js';
import { checkinRoom } from './checkins-support.js';

/**
 * Issue 12's property, checked as an attacker with the files would: a scripted
 * session (three check-ins: revealed, refused for too few answers, closed
 * unrevealed; an anonymous feedback round) runs while a second SQLite
 * connection holds a read transaction open (as an online backup or a sqlite3
 * shell would, which stops checkpoints). After EVERY command the data
 * directory (database, -wal, -shm) is copied.
 *
 * Property: for each answer or anonymous item, the set of people the files
 * leave possible is either everyone who answered, at least k of them, or
 * nobody; for any copy alone and for any two copies compared.
 */
let server: { close(): Promise<void> } | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

const K = 3;
const REVEALED = ['quetzal', 'bramble', 'ziggurat']; // Ann, Bo, Cy
const REFUSED = ['obsidian']; // Ann alone: reveal refused
const UNREVEALED = ['marzipan', 'fjordland']; // Bo, Cy: stopped, closed without reveal
const ITEMS = { annToBo: 'Thistle-window remark', annToCy: 'Copperkettle laugh', deeToAnn: 'Lanternfish story' };
const DRAFT_ONLY = 'Unsent gooseberry thought';

interface Copy {
  label: string;
  /** db + wal + shm bytes, as latin1 text, for forensic search. */
  raw: string;
  /** The log as a reader of this copy sees it. */
  events: Array<Record<string, unknown> & { type: string }>;
}

function copyDataDir(dataDir: string, label: string): Copy {
  const dir = tempDir('attune-copy-');
  let raw = '';
  for (const f of fs.readdirSync(dataDir).filter((n) => n.startsWith('attune.sqlite'))) {
    const bytes = fs.readFileSync(path.join(dataDir, f));
    fs.writeFileSync(path.join(dir, f), bytes);
    raw += bytes.toString('latin1');
  }
  const db = new Database(path.join(dir, 'attune.sqlite'));
  const events = (db.prepare('SELECT body FROM events ORDER BY session_id, seq').pluck().all() as string[]).map((b) => JSON.parse(b) as Copy['events'][number]);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { label, raw, events };
}

/** Where the data lives, as an attacker would copy it: start a server on it, copy it at a moment, end the concurrent reader. */
interface Disk {
  url: string;
  copy(label: string): Promise<Copy>;
  /** Ends the reader that held a transaction open throughout; fails if it did not. */
  finish(): Promise<void>;
}

/** SQLite: a second connection holds a read transaction (as an online backup or a sqlite3 shell would), which stops checkpoints. */
async function sqliteDisk(): Promise<Disk> {
  const s = await startServer({ snapshotEvery: 4, commandBurst: 1000 });
  server = s;
  const reader = new Database(path.join(s.dataDir, 'attune.sqlite'), { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT COUNT(*) FROM events').pluck().get();
  return {
    url: s.url,
    copy: async (label) => copyDataDir(s.dataDir, label),
    finish: async () => {
      // The reader held its transaction throughout, so nothing was checkpointed past it.
      expect(reader.inTransaction).toBe(true);
      reader.exec('COMMIT');
      reader.close();
    },
  };
}

/** PostgreSQL: a dump of every table at each moment, while another connection holds a snapshot open (as pg_dump does), which keeps dead rows from being vacuumed. */
async function pgDisk(): Promise<Disk> {
  const s = await startPgServer({ snapshotEvery: 4, commandBurst: 1000 });
  server = s;
  const reader = await s.store.pool.connect();
  await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  await reader.query('SELECT COUNT(*) FROM events');
  return {
    url: s.url,
    copy: async (label) => {
      const events = (await s.store.sql<{ body: string }>('SELECT body FROM events ORDER BY session_id, seq')).map((r) => JSON.parse(r.body) as Copy['events'][number]);
      return { label, raw: await s.dump(), events };
    },
    finish: async () => {
      await reader.query('COMMIT');
      reader.release();
    },
  };
}

describe.each([
  ['SQLite', sqliteDisk],
  ['PostgreSQL', pgDisk],
])('%s: a copy of the data, at any moment, with a concurrent reader', (_name, openDisk) => {
  it('links no check-in answer and no anonymous feedback item to a person, alone or compared', async () => {
    const disk = await openDisk();

    const names = ['Ann', 'Bo', 'Cy', 'Dee'];
    const { clients, ids } = await checkinRoom(disk, names);
    const fac = clients.facilitator!;
    const copies: Copy[] = [];
    const step = async (label: string, ack: Promise<CommandAck>, ok = true) => {
      const result = await ack;
      expect(result.ok, `${label}: ${JSON.stringify(result)}`).toBe(ok);
      copies.push(await disk.copy(label));
    };
    const startCheckin = async (label: string) => {
      await step(label, fac.send('checkin:start', { prompt: label, format: { kind: 'word' }, minimum: K }));
      return (await fac.until((v) => v.shared?.checkin?.prompt === label)).shared!.checkin!.id;
    };
    const checkinIds: string[] = [];

    // 1: revealed with three answers.
    let c = await startCheckin('First');
    checkinIds.push(c);
    for (let i = 0; i < REVEALED.length; i++) await step(`answer 1.${i}`, clients[names[i]!]!.send('checkin:answer', { checkinId: c, value: REVEALED[i]! }));
    await step('reveal 1', fac.send('checkin:reveal', { checkinId: c }));
    await step('close 1', fac.send('checkin:close', { checkinId: c }));
    // 2: one answer, reveal refused, closed.
    c = await startCheckin('Second');
    checkinIds.push(c);
    await step('answer 2.0', clients.Ann!.send('checkin:answer', { checkinId: c, value: REFUSED[0]! }));
    await step('reveal 2 (refused)', fac.send('checkin:reveal', { checkinId: c }), false);
    await step('close 2', fac.send('checkin:close', { checkinId: c }));
    // 3: two answers, stopped, closed without reveal.
    c = await startCheckin('Third');
    checkinIds.push(c);
    await step('answer 3.0', clients.Bo!.send('checkin:answer', { checkinId: c, value: UNREVEALED[0]! }));
    await step('answer 3.1', clients.Cy!.send('checkin:answer', { checkinId: c, value: UNREVEALED[1]! }));
    await step('stop 3', fac.send('checkin:stop', { checkinId: c }));
    await step('close 3', fac.send('checkin:close', { checkinId: c }));

    // An anonymous member-to-member round: Ann sends two items (and keeps a draft), Dee one.
    const parts = (t: string) => [t, 'warm', 'what you meant'];
    await step('feedback start', fac.send('feedback:start', { mode: 'pairs', labels: ['When you…', 'I felt…', 'I wonder…'], anonymous: true }));
    await step('draft Ann→Bo', clients.Ann!.send('feedback:saveDraft', { recipient: ids.Bo!, parts: parts(ITEMS.annToBo) }));
    await step('send Ann→Bo', clients.Ann!.send('feedback:submit', { recipient: ids.Bo!, parts: parts(ITEMS.annToBo) }));
    await step('draft Ann→Cy', clients.Ann!.send('feedback:saveDraft', { recipient: ids.Cy!, parts: parts(ITEMS.annToCy) }));
    await step('send Ann→Cy', clients.Ann!.send('feedback:submit', { recipient: ids.Cy!, parts: parts(ITEMS.annToCy) }));
    await step('draft Ann→Dee', clients.Ann!.send('feedback:saveDraft', { recipient: ids.Dee!, parts: parts(DRAFT_ONLY) }));
    await step('send Dee→Ann', clients.Dee!.send('feedback:submit', { recipient: ids.Ann!, parts: parts(ITEMS.deeToAnn) }));
    const items = await fac.until((v) => Object.keys(v.shared?.staff?.feedback.items ?? {}).length === 3);
    for (const itemId of Object.keys(items.shared!.staff!.feedback.items)) await step(`screen ${itemId}`, fac.send('feedback:screen', { itemId, decision: 'approve' }));
    await step('feedback reveal', fac.send('feedback:reveal', {}));
    await step('feedback end', fac.send('feedback:end', {}));
    await step('session end', fac.send('session:end', {}));

    await disk.finish();
    const who = [...names, ...Object.values(ids)];

    // Check-ins. answeredIn(copy, i): who the copy says answered check-in i; revealedIn: whether it shows the reveal.
    const answeredIn = (copy: Copy, i: number) =>
      new Set(copy.events.filter((e) => e.type === 'checkin:answered' && e.checkinId === checkinIds[i]).map((e) => e.participantId as string));
    const revealedIn = (copy: Copy, i: number) => copy.events.some((e) => e.type === 'checkin:revealed' && e.checkinId === checkinIds[i]);
    const answers: Array<[number, string]> = [
      ...REVEALED.map((w): [number, string] => [0, w]),
      ...REFUSED.map((w): [number, string] => [1, w]),
      ...UNREVEALED.map((w): [number, string] => [2, w]),
    ];
    for (const [i, word] of answers) {
      const holding = copies.filter((cp) => cp.raw.includes(word));
      for (const cp of holding) {
        // The files hold this answer: then only as a revealed aggregate of at least K, beside all who answered.
        expect(revealedIn(cp, i), `"${word}" in copy "${cp.label}" before its reveal`).toBe(true);
        expect(answeredIn(cp, i).size, cp.label).toBeGreaterThanOrEqual(K);
      }
      if (i !== 0) expect(holding.map((cp) => cp.label), `unrevealed answer "${word}" reached the disk`).toEqual([]);
      // Compared: the first copy that holds it already names every answerer, so no two copies narrow it down.
      const finalAnswerers = answeredIn(copies.at(-1)!, i);
      if (holding.length > 0) expect(answeredIn(holding[0]!, i)).toEqual(finalAnswerers);
      for (let a = 0; a < copies.length; a++) {
        for (let b = a + 1; b < copies.length; b++) {
          const [x, y] = [copies[a]!, copies[b]!];
          if (x.raw.includes(word) !== y.raw.includes(word)) {
            // The answer appears between two copies only at the reveal, when the set of answerers is already complete.
            expect(x.raw.includes(word) ? answeredIn(x, i) : answeredIn(y, i)).toEqual(finalAnswerers);
          }
        }
      }
    }
    expect(copies.at(-1)!.raw).toContain(REVEALED[0]);

    // Anonymous items: join events that share any tag; no group may hold two items, a member id or a name.
    const texts = [...Object.values(ITEMS), DRAFT_ONLY];
    for (const cp of copies) {
      const feedback = cp.events.filter((e) => e.type.startsWith('feedback:'));
      const tagsOf = (e: object) => new Set(JSON.stringify(e).match(/[0-9a-f]{32}/g) ?? []);
      const groups: Array<{ tags: Set<string>; text: string }> = [];
      for (const e of feedback) {
        const tags = tagsOf(e);
        if (tags.size === 0) continue;
        // The recipient is named by design (it is not the giver); any other id would point at the giver.
        const text = JSON.stringify({ ...e, recipient: undefined });
        const joined = groups.filter((g) => [...tags].some((t) => g.tags.has(t)));
        const merged = { tags: new Set([...tags, ...joined.flatMap((g) => [...g.tags])]), text: [text, ...joined.map((g) => g.text)].join('\n') };
        for (const g of joined) groups.splice(groups.indexOf(g), 1);
        groups.push(merged);
      }
      for (const g of groups) {
        const held = texts.filter((t) => g.text.includes(t));
        expect(held.length, `copy "${cp.label}": one writer's contributions grouped: ${held.join(' / ')}`).toBeLessThanOrEqual(1);
        for (const p of who) expect(g.text, `copy "${cp.label}" ties an anonymous contribution to ${p}`).not.toContain(`"${p}"`);
      }
      // No stored event holding an item's words names anyone by name, nor carries a giver id.
      for (const e of feedback) {
        const text = JSON.stringify(e);
        if (!texts.some((t) => text.includes(t))) continue;
        expect(e.giverId ?? null).toBeNull();
        for (const n of names) expect(text).not.toContain(`"${n}"`);
      }
    }
  }, 60_000);
});
