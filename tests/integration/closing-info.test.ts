import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { connectClient, roomWith, startServer } from '../support/harness.js';
import { call } from './summary-support.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

it('closing words reach members at the end; the next session keeps the support text, not the next-session line', async () => {
  const { created, facilitator, members } = await roomWith(server, ['Ann']);
  const ann = members.Ann!;
  expect(await ann.send('session:setClosingInfo', { nextSession: 'x', support: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await facilitator.send('session:setClosingInfo', { nextSession: 'Tuesday 18:00', support: 'Crisis line 116 123' })).toMatchObject({ ok: true });
  await ann.until((v) => v.session.closing?.support === 'Crisis line 116 123');
  expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
  const ended = await ann.until((v) => v.session.endedAt !== null);
  expect(ended.session.closing).toEqual({ nextSession: 'Tuesday 18:00', support: 'Crisis line 116 123' });
  facilitator.close();
  ann.close();

  const next = await call(server, 'POST', `/api/groups/${created.groupId}/sessions`, created.facilitatorToken, {});
  expect(next.status).toBe(201);
  const fac2 = await connectClient(server.url, { sessionId: next.json.sessionId, token: next.json.facilitatorToken });
  expect(fac2.view!.session.closing).toEqual({ support: 'Crisis line 116 123' });
  fac2.close();
});
