import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapFigures } from '../../shared/map/figures.js';
import { MAP_GROUP } from '../../shared/map/state.js';
import type { SessionSummary } from '../../shared/summary/summary.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, joinAsCoFacilitator, joinAsMember, roomWith, startServer } from '../support/harness.js';
import { call } from './summary-support.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** Facilitator, co-facilitator Chris, and members Ann, Bo and Cy; the co-facilitator records who answers whom. */
async function mappedSession() {
  const room = await roomWith(server, ['Ann', 'Bo', 'Cy']);
  const joined = await joinAsCoFacilitator(server.url, room.created, 'Chris');
  const co = await connectClient(server.url, { sessionId: joined.sessionId, token: joined.token });
  const { ids } = room;
  await room.members.Ann!.until((v) => v.shared?.roster[joined.participantId]?.presence === 'online');
  const exchange = async (speaker: string, to: string) => {
    expect(await co.send('talk:track', { speaker })).toMatchObject({ ok: true });
    expect(await co.send('map:address', { to })).toMatchObject({ ok: true });
    server.clock.advance(20_000);
  };
  await exchange(ids.Ann!, ids.Bo!);
  await exchange(ids.Bo!, ids.Ann!);
  await exchange(ids.Cy!, MAP_GROUP);
  const roster = room.facilitator.view!.shared!.roster;
  const facilitatorId = Object.keys(roster).find((id) => roster[id]!.role === 'facilitator')!;
  await exchange(ids.Ann!, facilitatorId);
  expect(await co.send('talk:track', { speaker: null })).toMatchObject({ ok: true });
  return { ...room, co, coId: joined.participantId, coToken: joined.token };
}

/** Every trace of the map a message could carry: its view slice, the second taps' fields, the command's name. */
function mapTraces(received: unknown): string[] {
  const text = JSON.stringify(received);
  return ['"map"', 'addressed', '"since"', 'map:', `"to":"${MAP_GROUP}"`].filter((w) => text.includes(w));
}

describe('the interaction map is for facilitators only', () => {
  it('members receive none of it, in any frame, while the co-facilitator records exchanges', async () => {
    const { facilitator, co, members, ids } = await mappedSession();
    const staffMap = (await facilitator.until((v) => (v.shared?.staff?.map.addressed.length ?? 0) === 4)).shared!.staff!;
    const figures = mapFigures({ ...staffMap.talk, addressed: staffMap.map.addressed }, server.clock.now());
    expect(figures.addressed.map((e) => [e.from, e.to, e.count, e.ms])).toEqual([
      [ids.Ann, ids.Bo, 1, 20_000],
      [ids.Bo, ids.Ann, 1, 20_000],
      [ids.Cy, MAP_GROUP, 1, 20_000],
      [ids.Ann, expect.any(String), 1, 20_000],
    ]);
    expect(figures.addressedMix).toMatchObject({ memberToMember: 2, memberToLeader: 1, memberToGroup: 1 });
    // The co-facilitator sees what the facilitator sees.
    expect((await co.until((v) => (v.shared?.staff?.map.addressed.length ?? 0) === 4)).shared!.staff!.map).toEqual(staffMap.map);
    for (const m of Object.values(members)) {
      await m.flush();
      expect(m.received.length).toBeGreaterThan(0);
      expect(mapTraces(m.received)).toEqual([]);
    }
  });

  it('members may not record an exchange; bad payloads are refused and change nothing', async () => {
    const { co, members, ids } = await mappedSession();
    const ann = members.Ann!;
    const v = ann.v;
    expect(await ann.send('map:address', { to: ids.Bo! })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await co.sendRaw('map:address', { to: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await co.sendRaw('map:address', {})).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await co.send('map:address', { to: ids.Bo! })).toMatchObject({ ok: false, error: { code: 'nobody_tracked' } });
    await ann.flush();
    expect(ann.v).toBe(v);
  });

  it('the summary and its edge CSV carry the map for staff; a member is refused both', async () => {
    const { facilitator, created, coToken } = await mappedSession();
    const di = await joinAsMember(server.url, created.joinCode, 'Di');
    expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
    const summary = (await call(server, 'GET', `/api/sessions/${created.sessionId}/summary`, coToken)).json as SessionSummary;
    expect(summary.map!.addressedMix.share).toBeCloseTo(2 / 3);
    const csv = await call(server, 'GET', `/api/sessions/${created.sessionId}/export/mapedges.csv`, created.facilitatorToken);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual(['from,to,evidence,exchanges,minutes', 'Ann,Bo,responded to,1,0.3', 'Bo,Ann,responded to,1,0.3']);
    for (const route of ['summary', 'export/mapedges.csv']) {
      expect((await call(server, 'GET', `/api/sessions/${created.sessionId}/${route}`, di.token)).status).toBe(403);
    }
    const group = (await call(server, 'GET', `/api/groups/${created.groupId}`, created.facilitatorToken)).json;
    expect(group.trends.memberToMember).toHaveLength(1);
    // The group page adds the sessions' maps up (one session here: the same edges as its summary).
    expect(group.map.addressed).toEqual(summary.map!.addressed);
    expect(group.map.addressedMix).toEqual(summary.map!.addressedMix);
    expect((await call(server, 'GET', `/api/groups/${created.groupId}`, di.token)).status).toBe(403);
  });
});
