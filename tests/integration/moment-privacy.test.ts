import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupPage } from '../../shared/summary/api.js';
import type { TestClient } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import { startPgServer } from '../support/pg.js';
import { checkinRoom } from './checkins-support.js';
import { call } from './summary-support.js';

/**
 * The moment that mattered, with real sockets against a real server on each store:
 * who receives what (every frame recorded), what the database holds, and that
 * deleting the session deletes the words.
 */
const ANN = 'Lanternfish harbour moment';
const BO = 'Copperkettle laugh remark';

interface Disk {
  url: string;
  events(): Promise<string[]>;
  /** Everything the store holds, as text: the SQLite files' bytes, or every PostgreSQL row. */
  raw(): Promise<string>;
  close(): Promise<void>;
}

async function sqlite(): Promise<Disk> {
  const s = await startServer();
  return {
    url: s.url,
    events: () => s.sql<string[]>('SELECT body FROM events', 'values'),
    raw: async () =>
      fs
        .readdirSync(s.dataDir)
        .filter((n) => n.startsWith('attune.sqlite'))
        .map((n) => fs.readFileSync(path.join(s.dataDir, n)).toString('latin1'))
        .join(''),
    close: () => s.close(),
  };
}

async function pg(): Promise<Disk> {
  const s = await startPgServer();
  return {
    url: s.url,
    events: async () => (await s.store.sql<{ body: string }>('SELECT body FROM events')).map((r) => r.body),
    raw: () => s.dump(),
    close: () => s.close(),
  };
}

let disk: Disk | undefined;
afterEach(async () => {
  await disk?.close();
  disk = undefined;
});

const everything = (c: TestClient) => JSON.stringify(c.received);

describe.each([
  ['SQLite', sqlite],
  ['PostgreSQL', pg],
])('%s: the moment that mattered', (_name, open) => {
  it('reaches staff without author, members only once shared, and is stored with no one beside it; deletion takes it', async () => {
    disk = await open();
    const names = ['Ann', 'Bo', 'Cy'];
    const { created, clients, ids } = await checkinRoom(disk, names);
    const fac = clients.facilitator!;
    expect(await clients.Ann!.send('moment:open', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fac.send('moment:open', {})).toMatchObject({ ok: true });
    expect(await clients.Ann!.send('moment:write', { text: ANN })).toMatchObject({ ok: true });
    expect(await clients.Bo!.send('moment:write', { text: BO })).toMatchObject({ ok: true });
    expect(await clients.Cy!.send('moment:skip', {})).toMatchObject({ ok: true });
    expect(await clients.Cy!.send('moment:skip', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const staff = (await fac.until((v) => v.shared?.staff?.moment?.done === 3)).shared!.staff!.moment!;
    expect(staff.of).toBe(3);
    expect((await clients.Ann!.until((v) => v.me.moment?.answered === 'written')).me.moment).toEqual({ answered: 'written' });
    expect((await clients.Cy!.until((v) => v.me.moment?.answered === 'skipped')).me.moment).toEqual({ answered: 'skipped' });

    const idOf = (text: string) => staff.answers.find((a) => a.text === text)!.id;
    expect(await fac.send('moment:screen', { answerId: idOf(ANN), decision: 'share' })).toMatchObject({ ok: true });
    expect(await clients.co!.send('moment:screen', { answerId: idOf(BO), decision: 'keep' })).toMatchObject({ ok: true });
    expect(await fac.send('moment:reveal', {})).toMatchObject({ ok: true });
    for (const n of names) await clients[n]!.until((v) => v.shared?.moment?.revealed[0] === ANN);
    expect(await fac.send('moment:close', {})).toMatchObject({ ok: true });
    for (const c of Object.values(clients)) await c.flush();

    // On the wire: members never get Bo's kept moment, any answer list, tag or author; nobody gets a tag.
    for (const n of names) {
      const frames = everything(clients[n]!);
      expect(frames, n).not.toContain(BO);
      expect(frames, n).not.toContain('"answers"');
      expect(frames, n).not.toContain('ownerTag');
    }
    expect(everything(clients.Bo!)).toContain(ANN);
    for (const c of [fac, clients.co!]) expect(everything(c)).not.toContain('ownerTag');

    // On disk: the moment events name no one (no participant id, no name).
    const moments = (await disk.events()).filter((b) => b.includes('"moment:'));
    expect(moments.length).toBeGreaterThanOrEqual(7);
    for (const body of moments) for (const who of [...names, ...Object.values(ids)]) expect(body).not.toContain(`"${who}"`);

    // Staff read them back: summary, CSV, the group page; a member's token reads none of it.
    expect(await fac.send('session:end', {})).toMatchObject({ ok: true });
    const summary = await call(disk, 'GET', `/api/sessions/${created.sessionId}/summary`, created.facilitatorToken);
    expect(summary.json.moments.rounds[0]).toMatchObject({ written: 2, skipped: 1, shared: [ANN], kept: [BO] });
    const csv = await call(disk, 'GET', `/api/sessions/${created.sessionId}/export/moments.csv`, created.facilitatorToken);
    expect(csv.text).toContain(BO);
    const page = await call(disk, 'GET', `/api/groups/${created.groupId}`, created.facilitatorToken);
    expect((page.json as GroupPage).moments).toEqual([{ sessionId: created.sessionId, startedAt: expect.any(Number), texts: [ANN, BO] }]);
    const annToken = (clients.Ann!.socket.auth as { token: string }).token;
    expect((await call(disk, 'GET', `/api/groups/${created.groupId}`, annToken)).status).toBe(403);

    // Retention: deleting the session deletes the words, on disk too.
    for (const c of Object.values(clients)) c.close();
    expect((await call(disk, 'DELETE', `/api/sessions/${created.sessionId}`, created.facilitatorToken)).status).toBe(204);
    expect(((await call(disk, 'GET', `/api/groups/${created.groupId}`, created.facilitatorToken)).json as GroupPage).moments).toEqual([]);
    const raw = await disk.raw();
    expect(raw).not.toContain(ANN);
    expect(raw).not.toContain(BO);
  }, 60_000);
});
