import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { roomWith, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

it('a one-tap signal reaches staff at once; words added after reach staff and the sender only', async () => {
  const { facilitator, members, ids } = await roomWith(server, ['Ann', 'Bo']);
  const ann = members.Ann!;
  const bo = members.Bo!;

  expect(await ann.send('signal:send', {})).toMatchObject({ ok: true });
  const sentAt = server.clock.now();
  await facilitator.until((v) => v.shared?.staff?.signals[ids.Ann!]?.text === null);

  server.clock.advance(20_000);
  expect(await ann.send('signal:addWords', { text: 'It is about my sister' })).toMatchObject({ ok: true });
  const staff = await facilitator.until((v) => v.shared?.staff?.signals[ids.Ann!]?.text === 'It is about my sister');
  expect(staff.shared!.staff!.signals[ids.Ann!]!.sentAt).toBe(sentAt);
  await ann.until((v) => v.me.signal?.text === 'It is about my sister');

  // Bo may not add words to a signal he never sent; nothing of Ann's reaches him.
  expect(await bo.send('signal:addWords', { text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(await facilitator.send('signal:addWords', { text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(JSON.stringify(bo.received)).not.toContain('sister');

  expect(await facilitator.send('signal:acknowledge', { memberId: ids.Ann! })).toMatchObject({ ok: true });
  await ann.until((v) => v.me.signal?.status === 'seen');
  expect(await ann.send('signal:addWords', { text: 'more' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
});
