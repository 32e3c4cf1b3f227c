import { afterEach, describe, expect, it } from 'vitest';
import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, roomWith, startServer } from '../support/harness.js';

/**
 * Issue 12, finding 5: a staff-only change (another member's private signal, its
 * acknowledgement, a tracker tap, the waiting-room setting, a feedback screening)
 * must send members nothing at that moment, and their version chain must show
 * no gap afterwards. All member traffic is recorded.
 */
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

async function setUp() {
  server = await startServer();
  const room = await roomWith(server, ['Ann', 'Bo', 'Cy']);
  const co = await joinAsCoFacilitator(server.url, room.created, 'Chris');
  const coClient = await connectClient(server.url, { sessionId: co.sessionId, token: co.token });
  const { members, facilitator, ids } = room;
  for (const m of Object.values(members)) await m.until((v) => Object.values(v.shared!.roster).every((r) => r.presence === 'online') && !!v.shared!.roster[co.participantId]);
  return { ...room, co: coClient, members, facilitator, ids };
}

/** Runs a staff-only moment and returns what each listed member received meanwhile. */
async function during(watchers: TestClient[], moment: () => Promise<void>) {
  for (const w of watchers) await w.flush();
  const marks = watchers.map((w) => w.received.length);
  await moment();
  for (const w of watchers) await w.flush();
  return watchers.map((w, i) => w.received.slice(marks[i]));
}

describe('no member hears a staff-only change', () => {
  it('private signals, acknowledgements, tracker taps, settings and screening send members nothing', async () => {
    const { facilitator, co, members, ids } = await setUp();
    const [ann, bo, cy] = [members.Ann!, members.Bo!, members.Cy!];

    // Bo's private signal: Ann and Cy get nothing; Bo only their own part.
    const [annGot, cyGot, boGot] = await during([ann, cy, bo], async () => {
      expect(await bo.send('signal:send', {})).toMatchObject({ ok: true });
      await facilitator.until((v) => !!v.shared?.staff?.signals[ids.Bo!]);
    });
    expect(annGot).toEqual([]);
    expect(cyGot).toEqual([]);
    for (const m of boGot!) {
      expect(m.event).toBe('view:patch');
      const p = m.data as { from: number; v: number; ops: Array<{ path: string[] }> };
      expect(p.from).toBe(p.v);
      for (const op of p.ops) expect(op.path[0]).toBe('me');
    }

    const staffOnly: Array<[string, () => Promise<unknown>]> = [
      ['acknowledge', () => facilitator.send('signal:acknowledge', { memberId: ids.Bo! })],
      ['tracker tap', () => co.send('talk:track', { speaker: ids.Ann! })],
      ['tracker stop', () => co.send('talk:track', { speaker: null })],
      ['waiting room on', () => facilitator.send('session:setWaitingRoom', { enabled: true })],
    ];
    for (const [what, act] of staffOnly) {
      const got = await during([ann, cy], async () => {
        expect(await act(), what).toMatchObject({ ok: true });
      });
      expect(got, what).toEqual([[], []]);
    }

    // Versions stay gapless: a change members do see moves every member's version by exactly one.
    const before = [ann.v, cy.v];
    expect(await facilitator.send('break:start', { minutes: 5 })).toMatchObject({ ok: true });
    await ann.until((v) => v.session.break !== null);
    await cy.until((v) => v.session.break !== null);
    expect([ann.v, cy.v]).toEqual(before.map((v) => v + 1));
    expect(ann.gaps + bo.gaps + cy.gaps).toBe(0);
  });

  it('a member\'s acknowledgement carries their own version, which says nothing about staff-only changes', async () => {
    const { facilitator, co, members, ids } = await setUp();
    const ann = members.Ann!;
    const first = await ann.send('turns:raiseHand', {});
    for (let i = 0; i < 5; i++) await co.send('talk:track', { speaker: i % 2 ? null : ids.Bo! });
    await facilitator.send('session:setWaitingRoom', { enabled: true });
    const second = await ann.send('turns:lowerHand', { participantId: ids.Ann! });
    expect(first.ok && second.ok).toBe(true);
    // One member-visible change each: the versions are consecutive, whatever staff did in between.
    expect((second.ok ? second.v : 0) - (first.ok ? first.v : 0)).toBe(1);
    expect(ann.v).toBe(second.ok ? second.v : -1);
  });
});
