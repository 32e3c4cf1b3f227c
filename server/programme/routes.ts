import express from 'express';
import type { Request, Response } from 'express';
import { ProgrammeSchema } from '../../shared/programme/plan.js';
import { PreparationSchema } from '../../shared/programme/preparation.js';
import type { PreparationAnswer, ProgrammeAnswer } from '../../shared/programme/api.js';
import { IdSchema } from '../../shared/session/schemas.js';
import type { Deps } from '../deps.js';
import { sendError } from '../http/access.js';
import { ownOrigin } from '../http/origin.js';
import { serverText, sessionLocale } from '../i18n/server-texts.js';
import { staffGroup, staffSession } from '../summary/access.js';
import type { GroupRecord } from '../summary/history-store.js';
import { groupLanguage } from '../summary/next-session.js';
import { buildCalendar } from './ics.js';

/** The first issue's message: zod names what is wrong in plain words (the schema's messages). */
function firstIssue(error: { issues: ReadonlyArray<{ message: string }> }, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}

/**
 * Staff-only REST routes of a group's programme (docs/protocol.md): read, set
 * and clear it, download it as iCalendar files (one for staff, one for
 * members), and the members' pre-group preparation.
 */
export function programmeRouter(deps: Deps): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '8kb' });
  const { store } = deps;
  const { programmes } = store;

  router.get('/groups/:groupId/programme', async (req, res) => {
    const found = await staffGroup(req, res, store);
    if (!found) return;
    const answer: ProgrammeAnswer = { programme: (await programmes.programme(found.group.id)) ?? null };
    res.json(answer);
  });

  router.post('/groups/:groupId/programme', json, async (req, res) => {
    const found = await staffGroup(req, res, store);
    if (!found) return;
    const body = ProgrammeSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 'invalid_payload', firstIssue(body.error, 'Invalid programme.'));
    await programmes.setProgramme(found.group.id, body.data);
    const answer: ProgrammeAnswer = { programme: body.data };
    res.json(answer);
  });

  router.delete('/groups/:groupId/programme', async (req, res) => {
    const found = await staffGroup(req, res, store);
    if (!found) return;
    await programmes.clearProgramme(found.group.id);
    res.status(204).end();
  });

  router.get('/groups/:groupId/programme/:audience.ics', async (req, res) => {
    const audience = req.params.audience === 'staff' || req.params.audience === 'members' ? req.params.audience : null;
    if (!audience) return sendError(res, 'not_found', 'There is a calendar for staff and one for members.');
    const found = await staffGroup(req, res, store);
    if (!found) return;
    const programme = await programmes.programme(found.group.id);
    if (!programme) return sendError(res, 'not_found', 'This group has no programme yet.');
    const locale = sessionLocale(await groupLanguage(store, found.group.id));
    const origin = ownOrigin(req, deps.config.trustProxy) ?? '';
    const url = audience === 'staff' ? `${origin}/g/${encodeURIComponent(found.group.id)}` : await memberLink(deps, found.group, origin);
    const ics = buildCalendar({
      groupId: found.group.id,
      audience,
      programme,
      calendarName: found.group.name,
      title: (number, total) => serverText(locale, 'server.programme.eventTitle', { group: found.group.name, number, total }),
      description: serverText(locale, audience === 'staff' ? 'server.programme.staffDescription' : 'server.programme.membersDescription', { link: url }),
      url,
      now: deps.clock.now(),
    });
    res.type('text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="attune-programme-${audience}.ics"`);
    res.send(ics);
  });

  // Preparation sits beside the console's roster, which knows its session: the routes take the session, the data is the group's.
  router.get('/sessions/:sessionId/preparation', async (req, res) => {
    const row = await staffSession(req, res, store);
    if (!row) return;
    const answer: PreparationAnswer = { preparation: await programmes.preparation(row.groupId) };
    res.json(answer);
  });

  router.post('/sessions/:sessionId/preparation/:participantId', json, async (req: Request, res: Response) => {
    const row = await staffSession(req, res, store);
    if (!row) return;
    const id = IdSchema.safeParse(req.params.participantId);
    const body = PreparationSchema.safeParse(req.body);
    if (!id.success) return sendError(res, 'invalid_payload', 'Invalid member id.');
    if (!body.success) return sendError(res, 'invalid_payload', 'Send met, goals and agreement, each true or false.');
    await programmes.setPreparation(row.groupId, id.data, body.data);
    res.json(body.data);
  });

  return router;
}

/**
 * Members join with the join link of the group's open session: the calendar
 * carries it, never a token. Each session has its own code, so once no session
 * is open the file links to the join page, where the code staff send is typed.
 */
async function memberLink({ store }: Deps, group: GroupRecord, origin: string): Promise<string> {
  const open = (await store.history.sessionsOf(group.id)).filter((s) => s.endedAt === null).at(-1);
  const row = open && (await store.findSession(open.sessionId));
  return row ? `${origin}/join/${encodeURIComponent(row.joinCode)}` : `${origin}/join`;
}
