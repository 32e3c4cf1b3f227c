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

it('staff see "1 of 3 have sent" and who is still writing; members receive neither', async () => {
  const { facilitator, members } = await roomWith(server, ['Ann', 'Bo', 'Cy']);
  expect(await facilitator.send('feedback:start', { mode: 'group', labels: ['I noticed…', 'I wonder…'], anonymous: false })).toMatchObject({ ok: true });
  await facilitator.until((v) => v.shared?.staff?.feedback.progress?.of === 3);
  expect(await members.Bo!.send('feedback:submit', { recipient: null, parts: ['how we listen', 'what helps'] })).toMatchObject({ ok: true });
  const v = await facilitator.until((x) => x.shared?.staff?.feedback.progress?.sent === 1);
  expect(v.shared!.staff!.feedback.progress).toEqual({ of: 3, sent: 1, stillWriting: ['Ann', 'Cy'] });
  await members.Ann!.until((x) => x.shared?.feedback.round?.submitted === 1);
  for (const m of Object.values(members)) {
    const traffic = JSON.stringify(m.received);
    expect(traffic).not.toContain('stillWriting');
    expect(traffic).not.toContain('"progress"');
  }
});
