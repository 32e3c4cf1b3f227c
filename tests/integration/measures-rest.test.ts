import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MEASURE_SETTINGS, MEASURES } from '../../shared/measure/definitions.js';
import type { MeasureKind } from '../../shared/measure/definitions.js';
import type { TestServer } from '../support/harness.js';
import { startServer } from '../support/harness.js';
import { checkinRoom } from './checkins-support.js';
import { call, rawDatabase, rowsOfSession } from './summary-support.js';

/** The measures' REST routes: group settings, trends, per-member pages, a member's own goals, CSV, deletion. */
const NAMES = ['Ann', 'Bo', 'Cy'];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

async function sessionWithMeasures(s: TestServer) {
  const room = await checkinRoom(s, NAMES);
  const fac = room.clients.facilitator!;
  const ask = async (kind: MeasureKind, values: Record<string, Array<number | null>>) => {
    const items = MEASURES[kind].items.map((i) => `q ${i.id}`);
    expect(await fac.send('measure:open', { kind, mode: kind === 'climate' ? 'anonymous' : 'named', items, low: 'l', high: 'h' })).toMatchObject({ ok: true });
    const id = (await fac.until((v) => v.shared?.measure?.kind === kind)).shared!.measure!.id;
    for (const name of NAMES) expect(await room.clients[name]!.send('measure:answer', { runId: id, values: values[name]! })).toMatchObject({ ok: true });
    expect(await fac.send('measure:close', { runId: id })).toMatchObject({ ok: true });
    await fac.until((v) => !v.shared?.measure);
  };
  // A goal a spreadsheet would run as a formula: the export must defuse it.
  expect(await room.clients.Ann!.send('measure:setGoals', { goals: ['=say no sometimes'] })).toMatchObject({ ok: true });
  expect(await room.clients.Bo!.send('measure:setGoals', { goals: ['ask for help'] })).toMatchObject({ ok: true });
  expect(await room.clients.Cy!.send('measure:setGoals', { goals: ['stay'] })).toMatchObject({ ok: true });
  await ask('wellbeing', { Ann: [2, 2, 2, 2], Bo: [8, 8, 8, 8], Cy: [5, 5, 5, null] });
  await ask('goals', { Ann: [3], Bo: [6], Cy: [9] });
  await ask('climate', { Ann: [6, 6, 0, 0, 1, 1], Bo: [4, 4, 2, 2, 1, 1], Cy: [5, 5, 1, 1, 1, 1] });
  return room;
}

describe('measure routes', () => {
  it('settings: staff only, checked, kept, used for the flags', async () => {
    server = await startServer();
    const room = await sessionWithMeasures(server);
    const { sessionId, groupId } = room.created;
    const staff = room.tokens.facilitator!;
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/measures/settings`, room.tokens.Ann)).status).toBe(403);
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/measures/settings`, staff)).json).toEqual(DEFAULT_MEASURE_SETTINGS);
    const bad = await call(server, 'POST', `/api/groups/${groupId}/measures/settings`, staff, { ...DEFAULT_MEASURE_SETTINGS, climateEvery: 0 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('invalid_payload');
    const mine = { ...DEFAULT_MEASURE_SETTINGS, wellbeingCutoff: 25, wording: { session: ['a', 'b', 'c', 'd'] } };
    expect((await call(server, 'POST', `/api/groups/${groupId}/measures/settings`, staff, mine)).status).toBe(200);
    expect((await call(server, 'GET', `/api/groups/${groupId}/measures/settings`, staff)).json).toEqual(mine);
    expect((await call(server, 'POST', `/api/groups/${groupId}/measures/settings`, room.tokens.Bo, mine)).status).toBe(403);

    const members = (await call(server, 'GET', `/api/groups/${groupId}/measures/members`, staff)).json as Array<{ name: string; wellbeing: Array<{ total: number; belowCutoff: boolean }>; goals: unknown[] }>;
    const byName = Object.fromEntries(members.map((m) => [m.name, m]));
    expect(byName.Ann!.wellbeing).toEqual([expect.objectContaining({ total: 8, belowCutoff: true, dropped: false })]);
    expect(byName.Cy!.wellbeing).toEqual([expect.objectContaining({ total: 20, belowCutoff: true })]);
    expect(byName.Bo!.wellbeing).toEqual([expect.objectContaining({ total: 32, belowCutoff: false })]);
    expect((await call(server, 'GET', `/api/groups/${groupId}/measures/members`, room.tokens.Ann)).status).toBe(403);
  });

  it("deleting the session deletes its named answers and goals: no row and no byte of them remain", async () => {
    server = await startServer();
    const room = await sessionWithMeasures(server);
    expect(await room.clients.facilitator!.send('session:end', {})).toMatchObject({ ok: true });
    await server.sql('PRAGMA wal_checkpoint(TRUNCATE)', 'get');
    expect(rawDatabase(server).includes(Buffer.from('ask for help'))).toBe(true);
    expect((await call(server, 'DELETE', `/api/sessions/${room.created.sessionId}`, room.tokens.facilitator)).status).toBe(204);
    const rows = await rowsOfSession(server, room.created.sessionId);
    expect(Object.values(rows).every((n) => n === 0), JSON.stringify(rows)).toBe(true);
    expect(rawDatabase(server).includes(Buffer.from('ask for help'))).toBe(false);
  });

  it("a member reads only their own goals; the group page trends; CSV per measure is formula-safe; deleting the group deletes the settings", async () => {
    server = await startServer();
    const room = await sessionWithMeasures(server);
    const { sessionId, groupId } = room.created;
    const staff = room.tokens.facilitator!;
    const mine = await call(server, 'GET', `/api/sessions/${sessionId}/measures/mine`, room.tokens.Bo);
    expect(mine.json).toEqual({ goals: [expect.objectContaining({ goals: [{ text: 'ask for help', value: 6 }] })] });
    expect(mine.text).not.toContain('say no sometimes');
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/measures/mine`)).status).toBe(403);

    const page = (await call(server, 'GET', `/api/groups/${groupId}`, staff)).json;
    const series = (kind: string, score: string) => page.trends.measures.find((m: { kind: string; score: string }) => m.kind === kind && m.score === score)?.points;
    expect(series('wellbeing', 'total')).toEqual([expect.objectContaining({ value: 20 })]);
    expect(series('goals', 'progress')).toEqual([expect.objectContaining({ value: 6 })]);
    expect(series('climate', 'engagement')).toEqual([expect.objectContaining({ value: 5 })]);

    const csv = await call(server, 'GET', `/api/sessions/${sessionId}/export/goals.csv`, staff);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain("'=say no sometimes");
    const climate = await call(server, 'GET', `/api/sessions/${sessionId}/export/climate.csv`, staff);
    expect(climate.text.split('\r\n').filter((l) => l.length > 0)).toHaveLength(1 + 6);
    expect(climate.text).not.toMatch(/Ann|Bo|Cy/);

    // Bo is carried into the group's next session: the token Bo already holds shows the same ratings there.
    const next = (await call(server, 'POST', `/api/groups/${groupId}/sessions`, staff, {})).json as { sessionId: string };
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/measures/mine`, room.tokens.Bo)).json).toEqual(mine.json);
    // Staff's console compares today's how-I've-been with each member's last earlier total (Ann 8, Cy 20, Bo 32).
    const previous = await call(server, 'GET', `/api/sessions/${next.sessionId}/measures/previous`, staff);
    expect(previous.json.drop).toBe(DEFAULT_MEASURE_SETTINGS.wellbeingDrop);
    expect(Object.values(previous.json.previous as Record<string, number>).sort((a, b) => a - b)).toEqual([8, 20, 32]);
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/measures/previous`, staff)).json.previous).toEqual({});
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/measures/previous`, room.tokens.Bo)).status).toBe(403);

    await call(server, 'POST', `/api/groups/${groupId}/measures/settings`, staff, { ...DEFAULT_MEASURE_SETTINGS, climateEvery: 2 });
    expect(await server.sql('SELECT COUNT(*) FROM measure_settings WHERE group_id = ?', 'value', groupId)).toBe(1);
    expect((await call(server, 'DELETE', `/api/groups/${groupId}`, staff)).status).toBe(204);
    expect(await server.sql('SELECT COUNT(*) FROM measure_settings WHERE group_id = ?', 'value', groupId)).toBe(0);
  });
});
