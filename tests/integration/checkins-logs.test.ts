import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { DEFAULTS } from '../../server/config.js';
import { createServer } from '../../server/create-server.js';
import type { AttuneInstance } from '../../server/create-server.js';
import { SqliteStore } from '../../server/store/local-store.js';
import { openDatabase } from '../../server/store/sqlite-store.js';
import type { TestServer } from '../support/harness.js';
import { FakeClock, tempDir } from '../support/harness.js';
import { checkinRoom } from './checkins-support.js';

const NAMES = ['Annika', 'Bertram', 'Cyrilla'];
const WORDS = ['marmalade', 'thunder', 'velvet'];

let instance: AttuneInstance | undefined;
afterEach(async () => {
  await instance?.close();
  instance = undefined;
});

it('the server logs hold no answers and no names, even at trace level and for refused commands', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const dataDir = tempDir();
  const clock = new FakeClock();
  const store = new SqliteStore(openDatabase({ file: path.join(dataDir, 'attune.sqlite'), synchronous: 'NORMAL' }));
  instance = createServer({
    config: { ...DEFAULTS, logLevel: 'trace', dataDir, clientDir: path.join(dataDir, 'no-client') },
    store,
    clock,
    logger: pino({ level: 'trace' }, sink),
    random: () => 0.5,
  });
  const port = await instance.listen(0, '127.0.0.1');
  const server = { url: `http://127.0.0.1:${port}`, port, dataDir, clock, instance, store } as unknown as TestServer;

  const { clients } = await checkinRoom(server, NAMES);
  const fac = clients.facilitator!;
  await fac.send('checkin:start', { prompt: 'One word', format: { kind: 'word' } });
  const checkinId = (await fac.until((v) => !!v.shared?.checkin)).shared!.checkin!.id;
  expect(await fac.send('checkin:reveal', { checkinId })).toMatchObject({ ok: false, error: { code: 'too_few_answers' } });
  for (const [i, name] of NAMES.entries()) {
    expect(await clients[name]!.send('checkin:answer', { checkinId, value: WORDS[i]! })).toMatchObject({ ok: true });
  }
  expect(await clients[NAMES[0]!]!.send('checkin:answer', { checkinId, value: 'again-marmalade' })).toMatchObject({ ok: false });
  expect(await clients[NAMES[1]!]!.sendRaw('checkin:answer', { checkinId, value: 'x'.repeat(201) + 'thunder' })).toMatchObject({ ok: false });
  expect(await fac.send('checkin:reveal', { checkinId })).toMatchObject({ ok: true });

  expect(lines.some((l) => l.includes('command refused'))).toBe(true);
  const all = lines.join('');
  for (const w of [...WORDS, ...NAMES]) expect(all).not.toContain(w);
});
