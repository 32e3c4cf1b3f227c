import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPatch } from '../../shared/patch.js';
import type { ViewFullMessage, ViewPatchMessage } from '../../shared/protocol.js';
import type { ClientView } from '../../shared/domain/views.js';
import { talkMetrics } from '../../shared/talk/metrics.js';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

async function roomWithCo(names: string[]) {
  const room = await roomWith(server, names);
  const co = await joinAsCoFacilitator(server.url, room.created, 'Chris');
  const coClient = await connectClient(server.url, { sessionId: co.sessionId, token: co.token });
  return { ...room, co: coClient, coId: co.participantId };
}

/** Every talk-time trace a message could carry: the staff slice, the group view, interval fields. */
function talkTraces(client: TestClient): string[] {
  const text = JSON.stringify(client.received);
  return ['"talk"', 'intervals', 'tracker', 'groupViewShared', 'balanceIndex'].filter((w) => text.includes(w));
}

describe('talk-time permissions', () => {
  it('only facilitator and co-facilitator may track or share; members are refused and change nothing', async () => {
    const { facilitator, co, coId, members, ids } = await roomWithCo(['Ann', 'Bo']);
    const ann = members.Ann!;
    await ann.until((view) => view.shared?.roster[coId]?.presence === 'online');
    const v = ann.v;
    expect(await ann.send('talk:track', { speaker: ids.Ann! })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ann.send('talk:track', { speaker: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ann.send('talk:shareGroupView', { shared: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ann.v).toBe(v);
    expect(await co.send('talk:track', { speaker: ids.Ann! })).toMatchObject({ ok: true });
    expect(await facilitator.send('talk:track', { speaker: ids.Bo! })).toMatchObject({ ok: true });
    expect(await facilitator.send('talk:shareGroupView', { shared: true })).toMatchObject({ ok: true });
    expect(await co.send('talk:shareGroupView', { shared: false })).toMatchObject({ ok: true });
  });

  it('rejects malformed tracker payloads with invalid_payload', async () => {
    const { co } = await roomWithCo([]);
    expect(await co.sendRaw('talk:track', { speaker: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await co.sendRaw('talk:track', {})).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await co.sendRaw('talk:track', { speaker: 'a b' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await co.sendRaw('talk:shareGroupView', { shared: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});

describe('talk-time privacy', () => {
  it('a member socket receives no talk-time data until the group view is shared, then only the anonymous view', async () => {
    const { facilitator, co, members, ids } = await roomWithCo(['Ann', 'Bo', 'Cy']);
    const ann = members.Ann!;
    // Track three speakers, as a co-facilitator would.
    for (const name of ['Ann', 'Bo', 'Cy']) {
      expect(await co.send('talk:track', { speaker: ids[name]! })).toMatchObject({ ok: true });
      server.clock.advance(10_000);
    }
    expect(await co.send('talk:track', { speaker: null })).toMatchObject({ ok: true });
    const staffTalk = (await facilitator.until((v) => Object.keys(v.shared?.staff?.talk.intervals ?? {}).length === 3)).shared!.staff!.talk;
    expect(talkMetrics(staffTalk, server.clock.now()).members.map((r) => r.talkMs)).toEqual([10_000, 10_000, 10_000]);
    await ann.flush();
    await members.Bo!.flush();
    expect(talkTraces(ann)).toEqual([]);
    expect(talkTraces(members.Bo!)).toEqual([]);

    expect(await facilitator.send('talk:shareGroupView', { shared: true })).toMatchObject({ ok: true });
    const shared = (await ann.until((v) => !!v.shared?.talk)).shared!.talk!;
    expect(shared).toEqual({ balanceIndex: 1, distribution: [], memberCount: 3, asOf: server.clock.now() });
    // Everything Ann ever received: no intervals, no staff slice, no per-person figures.
    const text = JSON.stringify(ann.received);
    expect(text).not.toContain('intervals');
    expect(text).not.toContain('"staff"');
    expect(text).not.toContain('groupViewShared');

    expect(await co.send('talk:shareGroupView', { shared: false })).toMatchObject({ ok: true });
    await ann.until((v) => v.shared !== null && v.shared.talk === undefined);
  });
});

describe('talk-time across a restart', () => {
  it('an interval open when the server stops keeps its time, neither lost nor counted twice', async () => {
    const { created, facilitator, co, ids } = await roomWithCo(['Ann', 'Bo']);
    expect(await co.send('talk:track', { speaker: ids.Ann! })).toMatchObject({ ok: true });
    server.clock.advance(30_000);
    const before = (await facilitator.until((v) => Object.keys(v.shared?.staff?.talk.intervals ?? {}).length === 1)).shared!.staff!.talk;
    expect(talkMetrics(before, server.clock.now()).members[0]!.talkMs).toBe(30_000);

    const { dataDir, clock } = server;
    await server.close();
    server = await startServer({ dataDir }, clock);
    clock.advance(20_000);
    const again = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    const talk = again.view!.shared!.staff!.talk;
    expect(Object.values(talk.intervals)).toEqual([{ participantId: ids.Ann!, from: clock.now() - 50_000, to: null, source: 'tracker' }]);
    const m = talkMetrics(talk, clock.now());
    expect(m.members.find((r) => r.id === ids.Ann)!.talkMs).toBe(50_000);
    expect(m.speakingNow?.participantId).toBe(ids.Ann);

    // Switching after the restart closes the interval exactly once.
    expect(await again.send('talk:track', { speaker: ids.Bo! })).toMatchObject({ ok: true });
    clock.advance(5_000);
    const after = await again.until((v) => Object.keys(v.shared?.staff?.talk.intervals ?? {}).length === 2);
    const m2 = talkMetrics(after.shared!.staff!.talk, clock.now());
    expect(m2.members.map((r) => r.talkMs)).toEqual([50_000, 5_000]);
    expect(m2.totalMs).toBe(55_000);
    again.close();
  });
});

describe('small deltas', () => {
  it('a tracker tap costs staff only the interval that changed', async () => {
    const { co, ids } = await roomWithCo(['Ann', 'Bo']);
    for (let i = 0; i < 6; i++) await co.send('talk:track', { speaker: i % 2 ? ids.Ann! : ids.Bo! }); // ends on Ann
    const mark = co.received.length;
    await co.send('talk:track', { speaker: ids.Bo! });
    await co.until(() => co.received.length > mark);
    const patch = co.received[mark]!.data as ViewPatchMessage;
    const talkOps = patch.ops.filter((o) => o.path.includes('talk'));
    // Close the open interval (`to`) and add one new interval; the earlier intervals are not resent.
    expect(talkOps.length).toBeLessThanOrEqual(3);
    expect(JSON.stringify(talkOps).length).toBeLessThan(400);
    // The client's kept view equals a fresh full view.
    const full = co.received.filter((m) => m.event === 'view:full').at(0)!.data as ViewFullMessage;
    let view: ClientView = full.view;
    for (const m of co.received.slice(1)) if (m.event === 'view:patch') view = applyPatch(view, (m.data as ViewPatchMessage).ops);
    expect(view).toEqual(co.view);
  });
});
