import express from 'express';
import { bearerOf, sendError } from '../http/access.js';
import { combineFigures } from '../../shared/map/figures.js';
import type { MapFigures } from '../../shared/map/figures.js';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';
import { keptMoments } from '../../shared/summary/kept-moments.js';
import type { SessionMoments } from '../../shared/summary/kept-moments.js';
import type { CurrentSession, GroupPage, GroupSessionEntry } from '../../shared/summary/api.js';
import { csvTable, toCsv } from '../../shared/summary/csv.js';
import { serverWords, sessionLocale } from '../i18n/server-texts.js';
import { CsvTableName, NextSessionBody, RetentionBody } from '../../shared/summary/schemas.js';
import { groupTrends } from '../../shared/summary/trends.js';
import type { Deps } from '../deps.js';
import { NOT_STAFF, staffLookups } from './access.js';
import { staffKeyOf } from '../auth/group-staff.js';
import { hashToken } from '../auth/tokens.js';
import { currentSessionFor } from './group-sessions.js';
import { DAY_MS } from './history-store.js';
import { returningNames, startNextSession } from './next-session.js';
import type { Retention } from './retention.js';

export interface HistoryDeps {
  deps: Deps;
  retention: Retention;
}

/**
 * Staff-only history routes: a session's summary and CSV tables, the group's page
 * (sessions and trends), the next session, retention settings and deletion.
 * Authorised by a facilitator's or co-facilitator's token in `Authorization: Bearer`.
 */
export function historyRouter({ deps, retention }: HistoryDeps): express.Router {
  const router = express.Router();
  // Per route, not router.use: this router shares /api with others and must not touch their requests.
  const json = express.json({ limit: '4kb' });
  // Every read here (summaries and exports included) is answered by the store, off the main loop.
  const { store } = deps;
  const { history, summaries } = store;

  const { staffSession, staffGroup } = staffLookups(store);

  router.get('/sessions/:sessionId/summary', async (req, res) => {
    const row = await staffSession(req, res);
    if (!row) return;
    const summary = await summaries.summary(row.sessionId);
    if (!summary) return sendError(res, 'not_found', 'No such session.');
    res.json(summary);
  });

  router.get('/sessions/:sessionId/export/:table.csv', async (req, res) => {
    const row = await staffSession(req, res);
    if (!row) return;
    const name = CsvTableName.safeParse(req.params.table);
    const summary = await summaries.summary(row.sessionId);
    const table = name.success && summary ? csvTable(summary, name.data, serverWords(sessionLocale(summary.session.language))) : undefined;
    if (!summary || !table) return sendError(res, 'not_found', 'This summary has no such table.');
    const day = new Date(summary.session.startedAt).toISOString().slice(0, 10);
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="attune-${day}-${name.data}.csv"`);
    res.send(toCsv(table.header, table.rows));
  });

  router.delete('/sessions/:sessionId', async (req, res) => {
    const row = await staffSession(req, res);
    if (!row) return;
    await retention.deleteSessionNow(row.sessionId, row.groupId);
    deps.logger.info({ groupId: row.groupId }, 'session deleted by staff');
    res.status(204).end();
  });

  router.get('/groups/:groupId', async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    const { group } = found;
    const kept = new Map<string, SessionAggregate>((await history.aggregatesOf(group.id)).map((a) => [a.sessionId, a]));
    const sessions: GroupSessionEntry[] = [];
    const aggregates: SessionAggregate[] = [];
    const moments: SessionMoments[] = [];
    const maps: MapFigures[] = [];
    for (const s of await history.sessionsOf(group.id)) {
      // One summary per session gives both its aggregate and its kept moments.
      const summary = await summaries.summary(s.sessionId);
      if (!summary) continue;
      const agg = aggregateOf(summary);
      aggregates.push(agg);
      moments.push(...keptMoments(summary));
      if (summary.map) maps.push(summary.map);
      kept.delete(s.sessionId);
      const deleteAfter = s.endedAt === null ? null : s.endedAt + group.retentionDays * DAY_MS;
      sessions.push({ ...entryOf(agg), detail: true, deleteAfter });
    }
    for (const agg of kept.values()) {
      aggregates.push(agg);
      sessions.push({ ...entryOf(agg), detail: false, deleteAfter: null });
    }
    sessions.sort((a, b) => a.startedAt - b.startedAt);
    const { id, name, retentionDays, keepAggregates, keepFeedbackTexts } = group;
    const page: GroupPage = {
      group: { id, name, retentionDays, keepAggregates, keepFeedbackTexts },
      sessions,
      trends: groupTrends(aggregates),
      moments,
      map: maps.length > 0 ? combineFigures(maps) : null,
      returningNames: await returningNames(store, group.id),
    };
    res.json(page);
  });

  router.post('/groups/:groupId/retention', json, async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    const body = RetentionBody.safeParse(req.body);
    if (!body.success) return sendError(res, 'invalid_payload', body.error.issues[0]?.message ?? 'Invalid settings.');
    await history.setRetention(found.group.id, body.data);
    res.json(body.data);
  });

  router.post('/groups/:groupId/sessions', json, async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    const body = NextSessionBody.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 'invalid_payload', 'Invalid request.');
    const next = await startNextSession({ store, clock: deps.clock }, found.group, found.staff, body.data.waitingRoom ?? false);
    deps.logger.info({ sessionId: next.sessionId, groupId: found.group.id }, 'next session created');
    res.status(201).json(next);
  });

  // A staff link of an ended session asks where the group meets now (the page it opens points there).
  router.get('/staff/current-session', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = bearerOf(req);
    const staff = token ? await staffKeyOf(hashToken(token), store) : null;
    if (!staff) return sendError(res, 'forbidden', NOT_STAFF);
    const sessionId = await currentSessionFor(store, staff.groupId, staff.participantId);
    if (!sessionId) return sendError(res, 'not_found', 'Your group has no session open now.');
    const current: CurrentSession = { sessionId };
    res.json(current);
  });

  router.delete('/groups/:groupId', async (req, res) => {
    const found = await staffGroup(req, res);
    if (!found) return;
    await retention.deleteGroupNow(found.group.id);
    deps.logger.info({ groupId: found.group.id }, 'group deleted by staff');
    res.status(204).end();
  });

  return router;
}

function entryOf(a: SessionAggregate): Omit<GroupSessionEntry, 'detail' | 'deleteAfter'> {
  return { sessionId: a.sessionId, startedAt: a.startedAt, endedAt: a.endedAt, lengthMs: a.lengthMs, membersAttended: a.membersAttended };
}
