import { afterEach, beforeEach, expect, it } from 'vitest';
import type { z } from 'zod';
import { CommandAckSchema, ResyncAckSchema, ViewFullSchema, ViewPatchSchema } from '../../shared/protocol-schemas.js';
import { MemberClientViewSchema, OutsideClientViewSchema, StaffClientViewSchema } from '../../shared/domain/view-schemas.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, joinAsMember, roomWith, startServer } from '../support/harness.js';

// Real views, patches and acknowledgements from a scripted session parse with the
// published schemas (docs/asyncapi.json), each role with its own view schema.

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ commandBurst: 500 });
});
afterEach(async () => {
  await server.close();
});

function parses(schema: z.ZodType, value: unknown, what: string): void {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${what} does not match its schema: ${JSON.stringify(r.error.issues.slice(0, 3))}\n${JSON.stringify(value)}`);
}

async function ok(client: TestClient, name: Parameters<TestClient['send']>[0], payload: unknown): Promise<void> {
  const ack = await client.send(name, payload as never);
  parses(CommandAckSchema, ack, `${name} ack`);
  expect(ack, name).toMatchObject({ ok: true });
}

it('every view, patch and ack of a full session matches the schemas, per role', async () => {
  const { created, facilitator: fac, members, ids } = await roomWith(server, ['Ann', 'Bo', 'Cy']);
  const { Ann, Bo, Cy } = members as Record<string, TestClient>;
  const checkAll = async (step: string) => {
    for (const [who, c, schema] of [['fac', fac, StaffClientViewSchema], ['Ann', Ann, MemberClientViewSchema], ['Bo', Bo, MemberClientViewSchema], ['Cy', Cy, MemberClientViewSchema]] as const) {
      const resync = await c!.sendRaw('view:resync');
      parses(ResyncAckSchema, resync, `${who} resync at ${step}`);
      parses(schema, c!.view, `${who}'s view at ${step}`);
    }
  };

  await ok(Ann!, 'turns:raiseHand', {});
  await ok(fac, 'turns:next', { expectedTurn: fac.view!.shared!.turns.turn });
  await ok(fac, 'turns:setTurnLength', { seconds: 120 });
  await checkAll('floor');
  await ok(fac, 'turns:startGoAround', { order: 'roster', seconds: 60, includeLateJoiners: true });
  await ok(Ann!, 'turns:pass', { expectedTurn: (await Ann!.until((v) => v.shared!.turns.goAround !== null)).shared!.turns.turn });
  await checkAll('go-around');
  await ok(fac, 'turns:endGoAround', {});

  await ok(fac, 'checkin:start', { prompt: 'How are you?', format: { kind: 'scale', low: 'low', high: 'high', cutoff: 4 }, minimum: 2 });
  const checkinId = fac.view!.shared!.checkin!.id;
  for (const [m, value] of [[Ann, 2], [Bo, 8], [Cy, 5]] as const) {
    await m!.until((v) => v.shared?.checkin?.id === checkinId);
    await ok(m!, 'checkin:answer', { checkinId, value });
  }
  await ok(fac, 'checkin:stop', { checkinId });
  await ok(fac, 'checkin:reveal', { checkinId });
  await checkAll('check-in revealed');
  await ok(fac, 'checkin:close', { checkinId });

  await ok(fac, 'feedback:start', { mode: 'hotSeat', focusId: ids.Cy!, labels: ['I appreciate…', 'I wonder…'], anonymous: true, minutes: 5 });
  await Cy!.until((v) => v.me.feedback?.focusAnswer === 'asked');
  await ok(Cy!, 'feedback:answerFocus', { open: true });
  await Ann!.until((v) => v.shared?.feedback.round?.phase === 'writing');
  await ok(Ann!, 'feedback:saveDraft', { recipient: null, parts: ['your', 'draft'] });
  await ok(Bo!, 'feedback:submit', { recipient: null, parts: ['your honesty', 'what next'] });
  await checkAll('feedback writing');
  const itemId = Object.keys(await fac.until((v) => Object.keys(v.shared!.staff!.feedback.items).length > 0).then((v) => v.shared!.staff!.feedback.items))[0]!;
  await ok(fac, 'feedback:screen', { itemId, decision: 'approve' });
  await ok(fac, 'feedback:reveal', {});
  await checkAll('feedback revealed');
  await ok(fac, 'feedback:end', {});

  await ok(Bo!, 'signal:send', { text: 'a moment please' });
  await ok(fac, 'talk:track', { speaker: ids.Ann! });
  await ok(fac, 'talk:shareGroupView', { shared: true });
  await ok(fac, 'break:start', { minutes: 5 });
  await checkAll('signal, talk, break');
  await ok(fac, 'signal:acknowledge', { memberId: ids.Bo! });
  await ok(fac, 'break:end', {});
  await ok(fac, 'session:setWaitingRoom', { enabled: true });

  // Someone outside the room: waiting, then turned away.
  const late = await joinAsMember(server.url, created.joinCode, 'Dee');
  const dee = await connectClient(server.url, { sessionId: created.sessionId, token: late.token });
  parses(OutsideClientViewSchema, dee.view, "a waiting person's view");
  await ok(fac, 'session:decline', { participantId: late.participantId });
  await ok(fac, 'session:end', {});
  await checkAll('ended');

  // Every message each socket received, raw.
  for (const c of [fac, Ann!, Bo!, Cy!, dee]) {
    for (const m of c.received) {
      if (m.event === 'view:full') parses(ViewFullSchema, m.data, 'view:full');
      else if (m.event === 'view:patch') parses(ViewPatchSchema, m.data, 'view:patch');
      else throw new Error(`unexpected event ${m.event}`);
    }
    expect(c.gaps).toBe(0);
  }
  for (const c of [fac, Ann!, Bo!, Cy!, dee]) c.close();
});
