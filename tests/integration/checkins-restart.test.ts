import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { connectClient, startServer } from '../support/harness.js';
import { checkinRoom } from './checkins-support.js';

/**
 * Open check-in answers live only in the server's memory. A restart therefore
 * loses them: the room must say so, start the check-in over, and the files
 * must hold nothing of the lost answers.
 */
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

const LOST = ['quagmire', 'zeppelin'];

function dataFiles(dataDir: string): string[] {
  return fs.readdirSync(dataDir).filter((f) => f.startsWith('attune.sqlite')).map((f) => path.join(dataDir, f));
}

describe('a restart while a check-in takes answers', () => {
  it('the room says the answers were lost and the check-in starts over empty; nothing of them is in the files', async () => {
    server = await startServer({ snapshotEvery: 3 });
    const { clients, tokens, created } = await checkinRoom(server, ['Ann', 'Bo', 'Cy', 'Dee']);
    const fac = clients.facilitator!;
    expect(await fac.send('checkin:start', { prompt: 'One word for today', format: { kind: 'word' } })).toMatchObject({ ok: true });
    const checkinId = (await fac.until((v) => !!v.shared?.checkin)).shared!.checkin!.id;
    expect(await clients.Ann!.send('checkin:answer', { checkinId, value: LOST[0]! })).toMatchObject({ ok: true });
    expect(await clients.Bo!.send('checkin:answer', { checkinId, value: LOST[1]! })).toMatchObject({ ok: true });
    await fac.until((v) => v.shared?.checkin?.answered === 2);

    const dataDir = server.dataDir;
    await server.close();
    for (const f of dataFiles(dataDir)) for (const w of LOST) expect(fs.readFileSync(f).toString('latin1'), f).not.toContain(w);

    server = await startServer({ dataDir, snapshotEvery: 3 });
    const auth = (name: string) => ({ sessionId: created.sessionId, token: tokens[name]! });
    const facAgain = await connectClient(server.url, auth('facilitator'));
    const ann = await connectClient(server.url, auth('Ann'));
    const cy = await connectClient(server.url, auth('Cy'));
    const dee = await connectClient(server.url, auth('Dee'));
    for (const c of [facAgain, ann]) {
      expect(c.view!.shared!.checkin).toMatchObject({ id: checkinId, phase: 'open', answered: 0, reopened: true });
    }
    expect(ann.view!.me.checkin).toEqual({ id: checkinId, answered: false });

    // Everyone answers again, Ann included; the reveal shows only the new answers.
    for (const [c, word] of [[ann, 'calm'], [cy, 'tired'], [dee, 'calm']] as const) {
      expect(await c.send('checkin:answer', { checkinId, value: word })).toMatchObject({ ok: true });
    }
    expect(await facAgain.send('checkin:reveal', { checkinId })).toMatchObject({ ok: true });
    const view = await cy.until((v) => v.shared?.checkin?.phase === 'revealed');
    expect(view.shared!.checkin!.results).toEqual({ kind: 'word', count: 3, words: [{ word: 'calm', count: 2 }, { word: 'tired', count: 1 }] });
    for (const c of [facAgain, ann, cy, dee]) c.close();

    await server.close();
    server = undefined;
    for (const f of dataFiles(dataDir)) for (const w of LOST) expect(fs.readFileSync(f).toString('latin1'), f).not.toContain(w);
  });
});
