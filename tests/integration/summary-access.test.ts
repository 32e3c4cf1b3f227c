import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupPage, NextSession } from '../../shared/summary/api.js';
import type { SessionSummary } from '../../shared/summary/summary.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, createSession, joinAsMember, startServer } from '../support/harness.js';
import { call, endedSession } from './summary-support.js';

let server: TestServer;
let room: Awaited<ReturnType<typeof endedSession>>;
let sessionId: string;
let groupId: string;

beforeAll(async () => {
  server = await startServer();
  room = await endedSession(server, ['Ann', '=HYPERLINK("x")', 'Cy']);
  sessionId = room.created.sessionId;
  groupId = room.created.groupId;
});
afterAll(() => server.close());

describe('who may read a summary', () => {
  it('the facilitator and the co-facilitator get it', async () => {
    for (const token of [room.tokens.facilitator, room.tokens.co]) {
      const r = await call(server, 'GET', `/api/sessions/${sessionId}/summary`, token);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const s = r.json as SessionSummary;
      expect(s.session).toMatchObject({ sessionId, groupId, groupName: 'Tuesday group', lengthMs: 50 * 60_000 });
      expect(s.attendance!.membersAttended).toBe(3);
      expect(s.checkins![0]!.results).toMatchObject({ kind: 'scale', count: 3, mean: 6 });
      expect(s.checkins![1]!.results).toMatchObject({ kind: 'word', words: [{ word: 'calm', count: 3 }] });
    }
  });

  it('a member, no token, a made-up token and another group\'s facilitator get 403; an unknown session 404', async () => {
    const other = await createSession(server.url, { groupName: 'Other group' });
    const routes = [`/api/sessions/${sessionId}/summary`, `/api/sessions/${sessionId}/export/attendance.csv`, `/api/groups/${groupId}`];
    for (const route of routes) {
      for (const token of [room.tokens.Ann, undefined, 'x'.repeat(43), other.facilitatorToken]) {
        expect((await call(server, 'GET', route, token)).status, `${route} ${token?.slice(0, 4)}`).toBe(403);
      }
    }
    expect((await call(server, 'GET', '/api/sessions/nope/summary', room.tokens.facilitator)).status).toBe(404);
    expect((await call(server, 'POST', `/api/groups/${groupId}/sessions`, room.tokens.Ann, {})).status).toBe(403);
    expect((await call(server, 'DELETE', `/api/sessions/${sessionId}`, room.tokens.Ann)).status).toBe(403);
    expect((await call(server, 'DELETE', `/api/groups/${groupId}`, other.facilitatorToken)).status).toBe(403);
  });

  it('a token in the URL is never looked at', async () => {
    const r = await call(server, 'GET', `/api/sessions/${sessionId}/summary?token=${room.tokens.facilitator}`);
    expect(r.status).toBe(403);
  });
});

describe('CSV export', () => {
  it('one table per route, names escaped against spreadsheet formulas', async () => {
    const r = await call(server, 'GET', `/api/sessions/${sessionId}/export/attendance.csv`, room.tokens.facilitator);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="attune-\d{4}-\d\d-\d\d-attendance\.csv"/);
    expect(r.text).toContain('"\'=HYPERLINK(""x"")",member,');
    expect(r.text).not.toMatch(/(^|,)=HYPERLINK/m);
    const checkins = await call(server, 'GET', `/api/sessions/${sessionId}/export/checkins.csv`, room.tokens.facilitator);
    expect(checkins.text).toContain('How are you arriving?,scale,3,yes,3,6');
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/export/nothing.csv`, room.tokens.facilitator)).status).toBe(404);
  });
});

describe('the group: next session, page and trends', () => {
  it('the next session keeps the group, the agreement and the facilitator; staff see who may return', async () => {
    const r = await call(server, 'POST', `/api/groups/${groupId}/sessions`, room.tokens.facilitator, {});
    expect(r.status).toBe(201);
    const next = r.json as NextSession;
    expect(next.groupId).toBe(groupId);
    expect(next.returningNames).toEqual(['Ann', '=HYPERLINK("x")', 'Cy']);
    const preview = await call(server, 'GET', `/api/join/${next.joinCode}`);
    expect(preview.json).toMatchObject({ groupName: 'Tuesday group' });
    // The join preview a stranger with the code sees names nobody.
    expect(preview.text).not.toContain('Ann');

    const second = await endedSessionIn(next);
    const page = await call(server, 'GET', `/api/groups/${groupId}`, next.facilitatorToken);
    expect(page.status).toBe(200);
    const g = page.json as GroupPage;
    expect(g.sessions.map((s) => s.sessionId)).toEqual([sessionId, next.sessionId]);
    expect(g.group).toMatchObject({ name: 'Tuesday group', retentionDays: 90, keepAggregates: false });
    expect(g.trends.attendance.map((p) => p.value)).toEqual([3, second]);
    // The new session's facilitator link opens the first session's summary too: same group.
    expect((await call(server, 'GET', `/api/sessions/${sessionId}/summary`, next.facilitatorToken)).status).toBe(200);
  });

  it('retention settings are checked and saved', async () => {
    const bad = await call(server, 'POST', `/api/groups/${groupId}/retention`, room.tokens.facilitator, { retentionDays: -1, keepAggregates: true, keepFeedbackTexts: false });
    expect(bad.status).toBe(400);
    const ok = await call(server, 'POST', `/api/groups/${groupId}/retention`, room.tokens.facilitator, { retentionDays: 30, keepAggregates: true, keepFeedbackTexts: false });
    expect(ok.status).toBe(200);
    const page = await call(server, 'GET', `/api/groups/${groupId}`, room.tokens.facilitator);
    expect((page.json as GroupPage).group).toMatchObject({ retentionDays: 30, keepAggregates: true });
  });
});

/** Two members join the next session (attending means having been in the room); returns how many. */
async function endedSessionIn(next: NextSession): Promise<number> {
  const fac = await connectClient(server.url, { sessionId: next.sessionId, token: next.facilitatorToken });
  for (const name of ['Ann', 'Dee']) {
    const joined = await joinAsMember(server.url, next.joinCode, name);
    const c = await connectClient(server.url, { sessionId: next.sessionId, token: joined.token });
    await fac.until((v) => v.shared?.roster[joined.participantId]?.presence === 'online');
    c.close();
  }
  fac.close();
  return 2;
}
