import express from 'express';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { isWellFormedJoinCode, normalizeJoinCode } from '../../shared/ids.js';
import type { JoinPreview, Joined } from '../../shared/protocol.js';
import { CoFacilitatorJoinBody, CreateSessionBody, IdSchema, JoinBody } from '../../shared/session/schemas.js';
import type { Limits } from '../auth/limits.js';
import { hashToken, newToken, tokenMatchesHash } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { groupMemberCredential } from '../auth/group-member.js';
import type { Room } from '../rooms/room.js';
import { bearerOf, requireStaff, sendError, staffAccess } from './access.js';
import { addressOf } from './address.js';

function parseBody<S extends z.ZodType>(schema: S, req: Request, res: Response): z.output<S> | undefined {
  const parsed = schema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  sendError(res, 'invalid_payload', issue?.message ?? 'Invalid request.');
  return undefined;
}

/** The set-up flow over HTTP: create a session, look up a join code, join, join as co-facilitator. */
export function apiRouter(deps: Deps, registry: RoomRegistry, limits: Limits): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));
  // Wrong join codes cost a try; a person typing a code now and then never notices.
  const ipOf = (req: Request) => addressOf(req.headers, req.socket.remoteAddress, deps.config.trustProxy);

  const sessionForCode = async (raw: string, req: Request, res: Response) => {
    const code = normalizeJoinCode(raw);
    const row = isWellFormedJoinCode(code) ? await deps.store.findSessionByJoinCode(code) : undefined;
    if (row) return row;
    if (!(await limits.joinGuesses.take(ipOf(req)))) {
      sendError(res, 'rate_limited', 'Too many tries. Please wait a minute, then check the code with your facilitator.');
    } else {
      sendError(res, 'not_found', 'No open session has that code. Please check it with your facilitator.');
    }
    return undefined;
  };

  /**
   * Behind the session-routing proxy (docs/scaling.md) a request for a session
   * must reach the node that owns it, or that node would take the session over
   * and the room would reconnect. A join code does not name the session: send
   * the request back naming it, so the proxy routes it there (307 keeps the
   * method and the body). The session id is not a secret.
   */
  const sentToOwner = (req: Request, res: Response, sessionId: string): boolean => {
    if (!deps.cluster || req.query.session === sessionId) return false;
    res.redirect(307, `${req.baseUrl}${req.path}?session=${encodeURIComponent(sessionId)}`);
    return true;
  };

  router.post('/sessions', async (req, res) => {
    const body = parseBody(CreateSessionBody, req, res);
    if (!body) return;
    if (!(await limits.sessionCreations.take(ipOf(req)))) {
      return sendError(res, 'rate_limited', 'Many sessions were started from here just now. Please wait a few minutes.');
    }
    const created = await registry.create(body);
    deps.logger.info({ sessionId: created.sessionId }, 'session created');
    res.status(201).json(created);
  });

  /** The carried member an earlier session's member token names in this room, if they may come straight in. */
  const returningMember = async (req: Request, room: Room): Promise<JoinPreview['returning']> => {
    const token = bearerOf(req);
    const credential = token ? await groupMemberCredential(hashToken(token), room.current.sessionId, deps.store) : undefined;
    const person = credential && room.current.participants[credential.participantId];
    return person && person.role === 'member' && person.admission === 'admitted' ? { participantId: person.id, name: person.name } : undefined;
  };

  router.get('/join/:code', async (req, res) => {
    const row = await sessionForCode(req.params.code, req, res);
    if (!row || sentToOwner(req, res, row.sessionId)) return;
    const room = await registry.get(row.sessionId);
    if (!room) return sendError(res, 'not_found', 'That session no longer exists.');
    const state = room.current;
    const returning = await returningMember(req, room);
    const preview: JoinPreview = {
      sessionId: state.sessionId,
      groupId: state.groupId,
      groupName: state.groupName,
      agreement: state.agreement,
      language: state.language,
      waitingRoom: state.waitingRoom,
      ...(returning ? { returning } : {}),
    };
    res.json(preview);
  });

  router.post('/join', async (req, res) => {
    const body = parseBody(JoinBody, req, res);
    if (!body) return;
    const row = await sessionForCode(body.code, req, res);
    if (!row || sentToOwner(req, res, row.sessionId)) return;
    const room = await registry.get(row.sessionId);
    if (!room) return sendError(res, 'not_found', 'That session no longer exists.');
    const result = await room.join(body.name, 'member');
    if (!result.ok) return sendError(res, result.error.code, result.error.message);
    const joined: Joined = { sessionId: row.sessionId, participantId: result.participantId, token: result.token };
    res.status(201).json(joined);
  });

  router.post('/sessions/:sessionId/cofacilitators', async (req, res) => {
    const body = parseBody(CoFacilitatorJoinBody, req, res);
    if (!body) return;
    const id = IdSchema.safeParse(req.params.sessionId);
    const row = id.success ? await deps.store.findSession(id.data) : undefined;
    if (!row || !tokenMatchesHash(body.invite, row.coFacilitatorInviteHash)) {
      return sendError(res, 'forbidden', 'This co-facilitator link is not valid. Ask the facilitator for a new one.');
    }
    const room = await registry.get(row.sessionId);
    if (!room) return sendError(res, 'not_found', 'That session no longer exists.');
    const result = await room.join(body.name, 'cofacilitator');
    if (!result.ok) return sendError(res, result.error.code, result.error.message);
    const joined: Joined = { sessionId: row.sessionId, participantId: result.participantId, token: result.token };
    res.status(201).json(joined);
  });

  // A fresh co-facilitator link for staff on any device (the first one is only shown to the creator).
  const staffOnly = requireStaff(deps.store, registry, 'Only the facilitators of this session can make a co-facilitator link.');
  router.post('/sessions/:sessionId/cofacilitator-invite', staffOnly, async (_req, res) => {
    const { room } = staffAccess(res);
    if (room.current.endedAt !== null) return sendError(res, 'session_ended', 'This session has ended.');
    const invite = newToken();
    await deps.store.setCoFacilitatorInvite(room.sessionId, hashToken(invite));
    res.status(201).json({ coFacilitatorLink: `/co/${room.sessionId}#invite=${invite}` });
  });

  router.use((_req, res) => sendError(res, 'not_found', 'No such API route.'));
  return router;
}
