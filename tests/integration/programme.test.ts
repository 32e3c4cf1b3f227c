import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NextSession } from '../../shared/summary/api.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, joinAsMember, roomWith, startServer } from '../support/harness.js';
import { programme } from '../support/programme.js';
import { call } from './summary-support.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** Session 1 of a group with one member (Ann); the programme is set while it runs. */
async function groupWithProgramme(countdownFrom: number | null = 4) {
  const room = await roomWith(server, ['Ann']);
  const { created } = room;
  const memberToken = (room.members.Ann!.socket.auth as { token: string }).token;
  const set = await call(server, 'POST', `/api/groups/${created.groupId}/programme`, created.facilitatorToken, programme({ countdownFrom }));
  expect(set.status).toBe(200);
  return { ...room, memberToken };
}

async function nextSession(groupId: string, token: string): Promise<NextSession> {
  const r = await call(server, 'POST', `/api/groups/${groupId}/sessions`, token, {});
  expect(r.status).toBe(201);
  return r.json as NextSession;
}

describe("the group's programme", () => {
  it('staff set and read it; members and strangers cannot; bad input is refused with a clear message and changes nothing', async () => {
    const { created, memberToken } = await groupWithProgramme();
    const path = `/api/groups/${created.groupId}/programme`;
    expect((await call(server, 'GET', path, created.facilitatorToken)).json).toEqual({ programme: programme() });
    expect((await call(server, 'GET', path, memberToken)).status).toBe(403);
    expect((await call(server, 'GET', path)).status).toBe(403);
    expect((await call(server, 'POST', path, memberToken, programme({ sessions: 12, phases: [{ name: 'All', sessions: 12 }] }))).status).toBe(403);
    const bad = await call(server, 'POST', path, created.facilitatorToken, programme({ sessions: 12 }));
    expect(bad.status).toBe(400);
    expect(bad.json.error).toEqual({ code: 'invalid_payload', message: 'The phases add up to 16 sessions; the programme has 12.' });
    expect((await call(server, 'GET', path, created.facilitatorToken)).json.programme.sessions).toBe(16);
    // Another group's facilitator gets nothing of it.
    const other = await roomWith(server, []);
    other.facilitator.close();
    expect((await call(server, 'GET', path, other.created.facilitatorToken)).status).toBe(403);
    expect((await call(server, 'GET', `${path}/staff.ics`, other.created.facilitatorToken)).status).toBe(403);
    expect((await call(server, 'GET', `/api/sessions/${created.sessionId}/preparation`, other.created.facilitatorToken)).status).toBe(403);
    // Staff can take the programme away.
    expect((await call(server, 'DELETE', path, created.facilitatorToken)).status).toBe(204);
    expect((await call(server, 'GET', path, created.facilitatorToken)).json).toEqual({ programme: null });
    expect((await call(server, 'GET', `${path}/members.ics`, created.facilitatorToken)).status).toBe(404);
  });

  it('the next session is "Session 2 of 16" for staff and members; members see the countdown only within the threshold', async () => {
    const { created, facilitator, members } = await groupWithProgramme(4);
    for (const c of [facilitator, members.Ann!]) c.close();
    const next = await nextSession(created.groupId, created.facilitatorToken);
    const staff = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
    const joined = await joinAsMember(server.url, next.joinCode, 'Ann');
    const member = await connectClient(server.url, { sessionId: next.sessionId, token: joined.token });
    const staffView = await staff.until((v) => !!v.shared?.programme);
    expect(staffView.shared!.programme).toEqual({ number: 2, total: 16, phase: 'Beginning', left: null });
    expect(staffView.shared!.staff!.programme).toEqual({ left: 14, countdownFrom: 4 });
    // The session's summary says where it was in the series.
    expect((await call(server, 'GET', `/api/sessions/${next.sessionId}/summary`, next.facilitatorToken)).json.programme).toEqual({ number: 2, total: 16, phase: 'Beginning' });
    const memberView = await member.until((v) => !!v.shared?.programme);
    expect(memberView.shared!.programme).toEqual({ number: 2, total: 16, phase: 'Beginning', left: null });
    // Staff's part (with the threshold) never reaches a member: not in any frame.
    await member.flush();
    expect(JSON.stringify(member.received)).not.toContain('countdownFrom');
    staff.close();
    member.close();
  });

  it('counts on from the latest session, and shows members the countdown once it is near the end', async () => {
    const { created, facilitator, members } = await groupWithProgramme(14);
    for (const c of [facilitator, members.Ann!]) c.close();
    const second = await nextSession(created.groupId, created.facilitatorToken);
    const staff2 = await connectClient(server.url, { sessionId: second.sessionId, token: second.facilitatorToken });
    expect(await staff2.send('session:end', {})).toMatchObject({ ok: true });
    staff2.close();
    const third = await nextSession(created.groupId, created.facilitatorToken);
    const joined = await joinAsMember(server.url, third.joinCode, 'Ann');
    const member = await connectClient(server.url, { sessionId: third.sessionId, token: joined.token });
    expect((await member.until((v) => !!v.shared?.programme)).shared!.programme).toEqual({ number: 3, total: 16, phase: 'Beginning', left: 13 });
    member.close();
  });

  it("keeps members' preparation for staff only, by participant id", async () => {
    const { created, ids, memberToken, members } = await groupWithProgramme();
    const path = `/api/sessions/${created.sessionId}/preparation`;
    const ticks = { met: true, goals: false, agreement: true };
    expect((await call(server, 'POST', `${path}/${ids.Ann}`, created.facilitatorToken, ticks)).status).toBe(200);
    expect((await call(server, 'GET', path, created.facilitatorToken)).json).toEqual({ preparation: { [ids.Ann!]: ticks } });
    expect((await call(server, 'POST', `${path}/${ids.Ann}`, created.facilitatorToken, { met: 'yes' })).status).toBe(400);
    expect((await call(server, 'GET', path, memberToken)).status).toBe(403);
    expect((await call(server, 'POST', `${path}/${ids.Ann}`, memberToken, ticks)).status).toBe(403);
    await members.Ann!.flush();
    expect(JSON.stringify(members.Ann!.received)).not.toMatch(/preparation|"met"|agreement":true/);
  });

  it("a member's preparation follows them into the group's next session and goes with the last session that names them", async () => {
    const { created, ids, facilitator } = await groupWithProgramme();
    const first = { met: true, goals: true, agreement: true };
    const later = { met: true, goals: false, agreement: false };
    await call(server, 'POST', `/api/sessions/${created.sessionId}/preparation/${ids.Ann}`, created.facilitatorToken, first);
    // Ann is carried into the next session under her id, so her ticks are there too.
    const next = await nextSession(created.groupId, created.facilitatorToken);
    const nextPath = `/api/sessions/${next.sessionId}/preparation`;
    expect((await call(server, 'GET', nextPath, next.facilitatorToken)).json).toEqual({ preparation: { [ids.Ann!]: first } });
    await call(server, 'POST', `${nextPath}/${ids.Ann}`, next.facilitatorToken, later);
    facilitator.close();
    expect((await call(server, 'DELETE', `/api/sessions/${created.sessionId}`, created.facilitatorToken)).status).toBe(204);
    expect((await call(server, 'GET', nextPath, next.facilitatorToken)).json).toEqual({ preparation: { [ids.Ann!]: later } });
    expect((await call(server, 'DELETE', `/api/sessions/${next.sessionId}`, next.facilitatorToken)).status).toBe(204);
    expect(await server.sql('SELECT participant_id FROM member_preparation WHERE group_id = ?', 'all', created.groupId)).toEqual([]);
  });

  it('deleting the group deletes its programme and preparation', async () => {
    const { created, ids } = await groupWithProgramme();
    await call(server, 'POST', `/api/sessions/${created.sessionId}/preparation/${ids.Ann}`, created.facilitatorToken, { met: true, goals: true, agreement: true });
    expect((await call(server, 'DELETE', `/api/groups/${created.groupId}`, created.facilitatorToken)).status).toBe(204);
    const left = await server.sql('SELECT (SELECT COUNT(*) FROM group_programmes) + (SELECT COUNT(*) FROM member_preparation)', 'value');
    expect(left).toBe(0);
  });
});

describe("the programme's calendars", () => {
  it('staff and members get an iCalendar file that a well-kept parser reads: one event per planned session, no secret in it', async () => {
    const { created, memberToken, facilitator } = await groupWithProgramme();
    await call(server, 'POST', `/api/groups/${created.groupId}/programme`, created.facilitatorToken, programme({ skipped: ['2026-09-08'] }));
    for (const audience of ['staff', 'members'] as const) {
      const r = await call(server, 'GET', `/api/groups/${created.groupId}/programme/${audience}.ics`, created.facilitatorToken);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/calendar');
      expect(r.text).not.toContain(created.facilitatorToken);
      expect(r.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
      const calendar = new ICAL.Component(ICAL.parse(r.text));
      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events).toHaveLength(16);
      expect(events[0]!.summary).toBe('Tuesday group — Session 1 of 16');
      expect(events[0]!.uid).toBe(`${created.groupId}-session-1-${audience}@attune`);
      // 18:00 in Madrid, summer time: 16:00 UTC; the skipped week moves session 2 to the 15th.
      expect(events[0]!.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 8, 1, 16, 0));
      expect(events[1]!.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 8, 15, 16, 0));
      expect(events[0]!.endDate.toJSDate().getTime() - events[0]!.startDate.toJSDate().getTime()).toBe(90 * 60_000);
      const url = String(events[0]!.component.getFirstPropertyValue('url'));
      expect(url).toBe(audience === 'staff' ? `${server.url}/g/${created.groupId}` : `${server.url}/join/${created.joinCode}`);
      expect(events[0]!.description).toContain(url);
    }
    expect((await call(server, 'GET', `/api/groups/${created.groupId}/programme/members.ics`, memberToken)).status).toBe(403);
    // Once the session has ended its code is no use: the members' file links to the join page.
    expect(await facilitator.send('session:end', {})).toMatchObject({ ok: true });
    const after = await call(server, 'GET', `/api/groups/${created.groupId}/programme/members.ics`, created.facilitatorToken);
    expect(String(new ICAL.Event(new ICAL.Component(ICAL.parse(after.text)).getFirstSubcomponent('vevent')!).component.getFirstPropertyValue('url'))).toBe(`${server.url}/join`);
    expect((await call(server, 'GET', `/api/groups/${created.groupId}/programme/others.ics`, created.facilitatorToken)).status).toBe(404);
  });
});
