import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName } from '../../shared/commands.js';
import type { ClientView } from '../../shared/domain/views.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import type { FeedbackRoom } from '../support/feedback-room.js';
import { ROOMY, WFW, expectOk, feedbackRoom, objectsCarrying, trafficText } from '../support/feedback-room.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer(ROOMY);
});
afterEach(async () => {
  await server.close();
});

const itemsOf = (v: ClientView) => v.shared!.staff!.feedback.items;

/** A hot-seat round on Ann that she opened. */
async function hotSeat(anonymous = false): Promise<FeedbackRoom> {
  const r = await feedbackRoom(server);
  await expectOk(r.fac.client.send('feedback:start', { mode: 'hotSeat', focusId: r.members.Ann!.id, labels: WFW, anonymous, minutes: 5 }));
  await r.members.Ann!.client.until((v) => v.me.feedback?.focusAnswer === 'asked');
  await expectOk(r.members.Ann!.client.send('feedback:answerFocus', { open: true }));
  for (const c of r.all()) await c.until((v) => v.shared?.feedback.round?.phase === 'writing');
  return r;
}

describe('permission matrix (hot seat on Ann, writing)', () => {
  it('each role gets exactly the answer the rules give', async () => {
    const r = await hotSeat();
    const { fac, co } = r;
    const ann = r.members.Ann!.client;
    const bo = r.members.Bo!.client;
    await expectOk(bo.send('feedback:submit', { recipient: null, parts: ['a', 'b', 'c'] }));
    const itemId = Object.keys((await fac.client.until((v) => Object.keys(v.shared!.staff!.feedback.items).length === 1)).shared!.staff!.feedback.items)[0]!;
    const parts = ['x', 'y', 'z'];
    type Row = [CommandName, unknown, Array<[TestClient, string]>];
    const table: Row[] = [
      ['feedback:start', { mode: 'group', labels: WFW, anonymous: false }, [[fac.client, 'round_already_open'], [co.client, 'round_already_open'], [bo, 'forbidden']]],
      ['feedback:setFocus', { focusId: r.members.Cy!.id }, [[co.client, 'round_past_consent'], [ann, 'forbidden'], [bo, 'forbidden']]],
      ['feedback:answerFocus', { open: false }, [[fac.client, 'forbidden'], [bo, 'forbidden'], [ann, 'round_past_consent']]],
      ['feedback:saveDraft', { recipient: null, parts }, [[fac.client, 'forbidden'], [co.client, 'forbidden'], [ann, 'forbidden'], [bo, 'ok']]],
      ['feedback:submit', { recipient: null, parts }, [[fac.client, 'forbidden'], [co.client, 'forbidden'], [ann, 'forbidden'], [bo, 'conflict']]],
      ['feedback:screen', { itemId, decision: 'approve' }, [[ann, 'forbidden'], [bo, 'forbidden'], [co.client, 'ok']]],
      ['feedback:resonate', { itemId, resonates: true }, [[fac.client, 'forbidden'], [bo, 'not_found'], [ann, 'not_found']]],
      ['feedback:reveal', {}, [[ann, 'forbidden'], [bo, 'forbidden']]],
      ['feedback:end', {}, [[ann, 'forbidden'], [bo, 'forbidden']]],
    ];
    for (const [name, payload, expectations] of table) {
      for (const [client, code] of expectations) {
        const ack = await client.send(name, payload as CommandInput<typeof name>);
        expect([name, client.view!.me.name, ack.ok ? 'ok' : ack.error.code]).toEqual([name, client.view!.me.name, code]);
      }
    }
  });

  it('bad payloads change nothing: too long, wrong shape, extra keys', async () => {
    const r = await hotSeat();
    const bo = r.members.Bo!.client;
    const v = bo.v;
    expect(await bo.sendRaw('feedback:submit', { recipient: null, parts: ['x'.repeat(501), '', ''] })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await bo.sendRaw('feedback:submit', { recipient: null, parts: ['a', 'b', 'c'], giverId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await bo.sendRaw('feedback:submit', { recipient: null, parts: ['a', 'b'] })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(bo.v).toBe(v);
  });
});

describe('a round end to end', () => {
  it('count only until reveal; held-back items and others\' drafts never reach a member; marks are seen by all once the member who marked shows them', async () => {
    const r = await hotSeat();
    const { Ann, Bo, Cy } = r.members as Record<'Ann' | 'Bo' | 'Cy', (typeof r.members)[string]>;
    await expectOk(Bo!.client.send('feedback:saveDraft', { recipient: null, parts: ['BO-DRAFT', '', ''] }));
    await expectOk(Cy!.client.send('feedback:saveDraft', { recipient: null, parts: ['CY-DRAFT', '', ''] }));
    await Bo!.client.until((v) => v.me.feedback?.draft?.parts[0] === 'BO-DRAFT');
    await expectOk(Bo!.client.send('feedback:submit', { recipient: null, parts: ['BO-ITEM', 'glad', 'more'] }));
    await expectOk(Cy!.client.send('feedback:submit', { recipient: null, parts: ['CY-ITEM', 'uneasy', 'why'] }));
    for (const c of r.all()) await c.until((v) => v.shared?.feedback.round?.submitted === 2);
    await Bo!.client.until((v) => v.me.feedback?.draft === null && Object.keys(v.me.feedback!.mine).length === 1);

    // Before the reveal: no member socket has seen anyone else's words.
    for (const [name, c] of r.memberClients()) {
      const text = trafficText(c);
      if (name !== 'Bo') expect(text).not.toMatch(/BO-DRAFT|BO-ITEM/);
      if (name !== 'Cy') expect(text).not.toMatch(/CY-DRAFT|CY-ITEM/);
    }
    // Staff screen with names (a named round) but never see drafts.
    const items = itemsOf(await r.fac.client.until((v) => Object.keys(v.shared!.staff!.feedback.items).length === 2));
    const boItem = Object.keys(items).find((id) => items[id]!.giverName === 'Bo')!;
    const cyItem = Object.keys(items).find((id) => items[id]!.giverName === 'Cy')!;
    expect(trafficText(r.fac.client)).not.toMatch(/BO-DRAFT|CY-DRAFT/);
    expect(trafficText(r.fac.client)).toContain('CY-ITEM');

    await expectOk(r.co.client.send('feedback:screen', { itemId: cyItem, decision: 'holdBack', note: "Let's talk about this one." }));
    await expectOk(r.fac.client.send('feedback:screen', { itemId: boItem, decision: 'approve' }));
    await Cy!.client.until((v) => v.me.feedback?.mine[cyItem]?.note === "Let's talk about this one.");
    await expectOk(r.fac.client.send('feedback:reveal', {}));

    for (const c of r.all()) {
      const v = await c.until((v) => v.shared?.feedback.round?.phase === 'revealed');
      expect(v.shared!.feedback.round!.revealed).toEqual({ [boItem]: { recipient: Ann!.id, giverName: 'Bo', parts: ['BO-ITEM', 'glad', 'more'], resonates: [] } });
    }
    // The held-back item and its note never reached anyone but its writer and staff.
    for (const [name, c] of r.memberClients()) {
      if (name !== 'Cy') expect(trafficText(c)).not.toMatch(/CY-ITEM|talk about this one/);
    }
    expect(await Bo!.client.send('feedback:resonate', { itemId: boItem, resonates: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expectOk(Ann!.client.send('feedback:resonate', { itemId: boItem, resonates: true }));
    // Issue 18: her mark is hers until she shows it to the group.
    await Ann!.client.until((v) => v.me.feedback?.marked?.includes(boItem) === true);
    for (const c of r.all()) expect(c.view!.shared!.feedback.round!.revealed![boItem]!.resonates).toEqual([]);
    await expectOk(Ann!.client.send('feedback:shareMarks', { shared: true }));
    for (const c of r.all()) await c.until((v) => v.shared?.feedback.round?.revealed?.[boItem]?.resonates[0] === Ann!.id);
    expect(await Cy!.client.send('feedback:submit', { recipient: null, parts: ['late', '', ''] })).toMatchObject({ ok: false, error: { code: 'round_revealed' } });

    await expectOk(r.fac.client.send('feedback:end', {}));
    const grid = (await r.fac.client.until((v) => v.shared?.feedback.round === null)).shared!.staff!.feedback.grid;
    expect(grid).toEqual({ named: { [Bo!.id]: { [Ann!.id]: 1 } }, anonymous: {} });
    for (const c of r.all()) expect(c.gaps).toBe(0);
    for (const [, c] of r.memberClients()) expect(trafficText(c)).not.toContain('"grid"');
  });

  it('"not now": the facilitator sees it and picks someone else; members are not told who declined', async () => {
    const r = await feedbackRoom(server);
    await expectOk(r.fac.client.send('feedback:start', { mode: 'hotSeat', focusId: r.members.Ann!.id, labels: WFW, anonymous: false }));
    await r.members.Ann!.client.until((v) => v.me.feedback?.focusAnswer === 'asked');
    await expectOk(r.members.Ann!.client.send('feedback:answerFocus', { open: false }));
    await r.fac.client.until((v) => v.shared!.staff!.feedback.focusAnswer === 'notNow');
    await expectOk(r.fac.client.send('feedback:setFocus', { focusId: r.members.Bo!.id }));
    await r.members.Bo!.client.until((v) => v.me.feedback?.focusAnswer === 'asked');
    for (const name of ['Bo', 'Cy']) {
      expect(trafficText(r.members[name]!.client)).not.toContain('notNow');
      // Nor who was asked: no member's view ever named a focus before the person said yes.
      for (const m of r.members[name]!.client.received) expect(JSON.stringify(m.data)).not.toMatch(/"focusId":"/);
    }
    expect(r.members.Cy!.client.view!.shared!.feedback.round!.focusId).toBeNull();
  });
});

describe('anonymous rounds on the wire', () => {
  it('no message to anyone links an anonymous item to its giver; the giver still sees their own item and note', async () => {
    const r = await hotSeat(true);
    const { Bo, Cy } = r.members;
    await expectOk(Bo!.client.send('feedback:saveDraft', { recipient: null, parts: ['ANON-BO', '', ''] }));
    await expectOk(Bo!.client.send('feedback:submit', { recipient: null, parts: ['ANON-BO', 'felt', 'wonder'] }));
    await expectOk(Cy!.client.send('feedback:submit', { recipient: null, parts: ['ANON-CY', 'felt', 'wonder'] }));
    const items = itemsOf(await r.fac.client.until((v) => Object.keys(v.shared!.staff!.feedback.items).length === 2));
    const ids = Object.keys(items);
    const boItem = ids.find((id) => items[id]!.parts[0] === 'ANON-BO')!;
    await expectOk(r.fac.client.send('feedback:screen', { itemId: boItem, decision: 'holdBack', note: 'ANON-NOTE' }));
    await expectOk(r.fac.client.send('feedback:screen', { itemId: ids.find((id) => id !== boItem)!, decision: 'approve' }));
    await Bo!.client.until((v) => v.me.feedback?.mine[boItem]?.note === 'ANON-NOTE');
    expect(Cy!.client.view!.me.feedback!.mine[boItem]).toBeUndefined();
    await expectOk(r.fac.client.send('feedback:reveal', {}));
    for (const c of r.all()) await c.until((v) => v.shared?.feedback.round?.phase === 'revealed');

    // The check can see: staff and the giver did receive the item.
    expect(objectsCarrying(r.fac.client, 'ANON-BO').length).toBeGreaterThan(0);
    expect(objectsCarrying(Bo!.client, 'ANON-BO').length).toBeGreaterThan(0);
    for (const c of r.all()) {
      for (const [text, giver] of [['ANON-BO', Bo!], ['ANON-CY', Cy!]] as const) {
        for (const obj of objectsCarrying(c, text)) {
          const json = JSON.stringify(obj);
          expect(json).not.toContain(giver.id);
          expect(json).not.toMatch(/"(Bo|Cy)"/);
          expect(json).not.toMatch(/giverId":"|ownerTag/);
        }
      }
    }
    for (const c of [r.members.Ann!.client, Cy!.client]) expect(trafficText(c)).not.toMatch(/ANON-BO|ANON-NOTE/);
  });
});
