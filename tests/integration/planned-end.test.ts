import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { connectClient, roomWith, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

it('the planned end reaches staff, never members, and survives a restart', async () => {
  const { created, facilitator, members } = await roomWith(server, ['Ann']);
  const start = facilitator.view!.session.startedAt;
  expect(await members.Ann!.send('session:setPlannedEnd', { minutes: 60 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await facilitator.send('session:setPlannedEnd', { minutes: 75 })).toMatchObject({ ok: true });
  await facilitator.until((v) => v.shared?.staff?.plannedEndAt === start + 75 * 60_000);
  expect(JSON.stringify(members.Ann!.received)).not.toContain('plannedEnd');
  expect(await facilitator.send('session:setPlannedEnd', { minutes: 2 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });

  facilitator.close();
  members.Ann!.close();
  const dataDir = server.dataDir;
  await server.close();
  server = await startServer({ dataDir });
  const again = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
  expect(again.view!.shared!.staff!.plannedEndAt).toBe(start + 75 * 60_000);
  again.close();
});
