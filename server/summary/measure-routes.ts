import express from 'express';
import type { MeasureSettings } from '../../shared/measure/definitions.js';
import type { MemberMeasures, MyMeasures, PreviousWellbeing, SessionRuns } from '../../shared/measure/member-trends.js';
import { memberTrends, previousTotals } from '../../shared/measure/member-trends.js';
import { MeasureSettingsSchema } from '../../shared/measure/settings.js';
import { groupCredential } from '../auth/group-member.js';
import { hashToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { bearerOf, sendError } from '../http/access.js';
import { staffLookups } from './access.js';

/**
 * The measures' group-level routes: the group's settings (read by the console,
 * edited on the group page), staff's per-member trends, and a member's own goal
 * trend. Staff routes take a staff token; the member route the member's own.
 */
export function measureRouter(deps: Deps): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '8kb' });
  const { store } = deps;
  const { staffSession, staffGroup } = staffLookups(store);

  /** The measure runs of each of the group's sessions whose detail is still kept. */
  const runsOf = async (groupId: string): Promise<SessionRuns[]> => {
    const out: SessionRuns[] = [];
    for (const s of await store.history.sessionsOf(groupId)) {
      const summary = await store.summaries.summary(s.sessionId);
      if (summary?.measures) out.push({ sessionId: s.sessionId, startedAt: summary.session.startedAt, runs: summary.measures });
    }
    return out;
  };

  router.get('/sessions/:sessionId/measures/settings', async (req, res) => {
    const row = await staffSession(req, res);
    if (!row) return;
    const settings: MeasureSettings = await store.history.measureSettings(row.groupId);
    res.json(settings);
  });

  router.get('/sessions/:sessionId/measures/previous', async (req, res) => {
    const row = await staffSession(req, res);
    if (!row) return;
    const settings = await store.history.measureSettings(row.groupId);
    const earlier = (await runsOf(row.groupId)).filter((s) => s.sessionId !== row.sessionId && s.startedAt <= row.createdAt);
    const answer: PreviousWellbeing = { previous: previousTotals(memberTrends(earlier, settings)), drop: settings.wellbeingDrop };
    res.json(answer);
  });

  router.get('/groups/:groupId/measures/settings', async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    res.json(await store.history.measureSettings(found.group.id));
  });

  router.post('/groups/:groupId/measures/settings', json, async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    const body = MeasureSettingsSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 'invalid_payload', body.error.issues[0]?.message ?? 'Invalid settings.');
    await store.history.setMeasureSettings(found.group.id, body.data as MeasureSettings);
    res.json(body.data);
  });

  router.get('/groups/:groupId/measures/members', async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    const settings = await store.history.measureSettings(found.group.id);
    const members: MemberMeasures[] = memberTrends(await runsOf(found.group.id), settings);
    res.json(members);
  });

  router.get('/sessions/:sessionId/measures/mine', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = bearerOf(req);
    // The token of this session, or a member's from an earlier session of the group (carried in under the same id).
    const cred = token ? await groupCredential(hashToken(token), String(req.params.sessionId), store) : undefined;
    const row = cred ? await store.findSession(cred.sessionId) : undefined;
    if (!cred || !row) return sendError(res, 'forbidden', 'Open this from your own link to the session.');
    const mine = memberTrends(await runsOf(row.groupId), await store.history.measureSettings(row.groupId)).find((m) => m.participantId === cred.participantId);
    const answer: MyMeasures = { goals: mine?.goals ?? [] };
    res.json(answer);
  });

  return router;
}
