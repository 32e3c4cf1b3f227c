import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import type { FeedbackRoom } from '../support/feedback-room.js';
import { ROOMY, WFW, expectOk, feedbackRoom } from '../support/feedback-room.js';

/** Hostile input over real sockets: prototype-named ids, request events with payloads, raw text limits, commands after leaving. */
let server: TestServer;
let room: FeedbackRoom;

beforeEach(async () => {
  server = await startServer(ROOMY);
  room = await feedbackRoom(server);
});
afterEach(async () => {
  for (const c of room.all()) c.close();
  await server.close();
});

const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const codeOf = (a: { ok: boolean; error?: { code: string } }) => (a.ok ? 'ok' : a.error!.code);

describe('ids named after prototype properties', () => {
  it('feedback:screen, turns:lowerHand and signal:acknowledge answer not_found and change no view', async () => {
    const { fac, members } = room;
    await expectOk(fac.client.send('feedback:start', { mode: 'pairs', labels: WFW, anonymous: false }));
    await expectOk(members.Ann!.client.send('feedback:submit', { recipient: members.Bo!.id, parts: ['a', 'b', 'c'] }));
    await fac.client.until((v) => Object.keys(v.shared?.staff?.feedback?.items ?? {}).length === 1);
    for (const c of room.all()) await c.until((v) => v.shared?.feedback?.round?.submitted === 1);
    const before = room.all().map((c) => JSON.stringify(c.view));
    for (const id of PROTO) {
      expect(codeOf(await fac.client.send('feedback:screen', { itemId: id, decision: 'approve' }))).toBe('not_found');
      expect(codeOf(await fac.client.send('turns:lowerHand', { participantId: id }))).toBe('not_found');
      expect(codeOf(await fac.client.send('signal:acknowledge', { memberId: id }))).toBe('not_found');
      expect(codeOf(await members.Ann!.client.send('feedback:resonate', { itemId: id, resonates: true }))).toBe('not_found');
    }
    // A real command afterwards: every view moved only by it, and nothing prototype-named ever arrived.
    await expectOk(fac.client.send('turns:setBalanced', { enabled: true }));
    for (const c of room.all()) await c.until((v) => v.shared?.turns.balanced === true);
    room.all().forEach((c, i) => {
      const now = JSON.parse(JSON.stringify(c.view)) as { shared: { turns: { balanced: boolean } } };
      now.shared.turns.balanced = false;
      expect(now).toEqual(JSON.parse(before[i]!));
      for (const id of PROTO) expect(JSON.stringify(c.received)).not.toContain(`"${id}"`);
    });
    expect(members.Bo!.client.view!.shared!.feedback!.round!.submitted).toBe(1);
  });
});

describe('request events', () => {
  it('view:resync and notes:ticket sent with a payload are answered', async () => {
    const resync = (await room.members.Ann!.client.sendRaw('view:resync', { please: true })) as unknown as { ok: boolean; v: number };
    expect(resync).toMatchObject({ ok: true, v: room.members.Ann!.client.v });
    expect(await room.fac.client.sendRaw('notes:ticket', {})).toMatchObject({ ok: true });
    expect(await room.fac.client.sendRaw('notes:ticket', 'x', 1)).toMatchObject({ ok: true });
    expect(await room.members.Ann!.client.sendRaw('notes:ticket', null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('text limits on the raw input', () => {
  it('a signal of 60,002 mostly-blank characters is refused, so is 140 + one space; 140 pass', async () => {
    const ann = room.members.Ann!.client;
    const huge = `a${' '.repeat(60_000)}b`;
    expect(codeOf(await ann.send('signal:send', { text: huge }))).toBe('invalid_payload');
    expect(codeOf(await ann.send('signal:send', { text: `${'x'.repeat(140)} ` }))).toBe('invalid_payload');
    expect(codeOf(await ann.send('signal:send', { text: 'y'.repeat(140) }))).toBe('ok');
  });
});

describe('leaving', () => {
  it('a member who left cannot answer a check-in, give feedback, signal or raise a hand until they come back', async () => {
    const { fac, members } = room;
    await expectOk(fac.client.send('checkin:start', { prompt: 'How are you?', format: { kind: 'word' } }));
    await expectOk(fac.client.send('feedback:start', { mode: 'group', labels: WFW, anonymous: false }));
    const checkinId = (await members.Ann!.client.until((v) => v.me.checkin != null)).me.checkin!.id;
    await expectOk(members.Ann!.client.send('session:leave', {}));
    await fac.client.until((v) => v.shared?.roster[members.Ann!.id]?.presence === 'left');
    const ann = members.Ann!.client;
    expect(codeOf(await ann.send('checkin:answer', { checkinId, value: 'fine' }))).toBe('not_present');
    expect(codeOf(await ann.send('feedback:submit', { recipient: null, parts: ['a', 'b', 'c'] }))).toBe('not_present');
    expect(codeOf(await ann.send('feedback:saveDraft', { recipient: null, parts: ['a', 'b', 'c'] }))).toBe('not_present');
    expect(codeOf(await ann.send('signal:send', {}))).toBe('not_present');
    expect(codeOf(await ann.send('turns:raiseHand', {}))).toBe('not_present');
    const staff = fac.client.view!.shared!.staff!;
    expect(staff.signals[members.Ann!.id]).toBeUndefined();
    expect(Object.keys(staff.feedback?.items ?? {})).toHaveLength(0);
  });
});
