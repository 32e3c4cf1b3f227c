import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { talkMetrics } from '../../shared/talk/metrics.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

describe('floor intervals on the dashboard', () => {
  it('staff get floor and tracker intervals with their source, merged with the tracker first; members get neither', async () => {
    const { created, facilitator, members, ids } = await roomWith(server, ['Ann', 'Bo']);
    const co = await joinAsCoFacilitator(server.url, created, 'Chris');
    const coClient = await connectClient(server.url, { sessionId: co.sessionId, token: co.token });
    const turn = () => facilitator.view!.shared!.turns.turn;

    await facilitator.until((v) => v.shared?.roster[co.participantId]?.presence === 'online');
    expect(await facilitator.send('turns:give', { participantId: ids.Ann!, expectedTurn: turn() })).toMatchObject({ ok: true });
    server.clock.advance(20_000);
    expect(await coClient.send('talk:track', { speaker: ids.Bo! })).toMatchObject({ ok: true });
    server.clock.advance(10_000);
    expect(await coClient.send('talk:track', { speaker: null })).toMatchObject({ ok: true });
    server.clock.advance(30_000);
    await facilitator.until((v) => v.shared!.turns.turn === 1);
    const last = await facilitator.send('turns:endTurn', { expectedTurn: turn() });
    expect(last).toMatchObject({ ok: true });

    const view = await coClient.until((v) => Object.values(v.shared?.staff?.talk.intervals ?? {}).every((i) => i.to !== null) && Object.keys(v.shared!.staff!.talk.intervals).length === 2);
    const m = talkMetrics(view.shared!.staff!.talk, server.clock.now());
    const ann = m.members.find((r) => r.id === ids.Ann)!;
    const bo = m.members.find((r) => r.id === ids.Bo)!;
    // Ann held the floor 0–60 s; the tracker saw Bo 20–30 s. Ann: 50 s from the floor; Bo: 10 s from the tracker.
    expect([ann.talkMs, ann.bySource]).toEqual([50_000, { floor: 50_000, tracker: 0 }]);
    expect([bo.talkMs, bo.bySource]).toEqual([10_000, { floor: 0, tracker: 10_000 }]);

    for (const m of Object.values(members)) {
      await m.flush();
      const text = JSON.stringify(m.received);
      expect(text).not.toContain('intervals');
      expect(text).not.toContain('"talk"');
    }
    coClient.close();
  });
});
