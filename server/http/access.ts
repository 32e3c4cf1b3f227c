import type { Request, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../../shared/errors.js';
import type { ApiError } from '../../shared/protocol.js';
import { IdSchema } from '../../shared/session/schemas.js';
import { isStaffRole } from '../../shared/session/state.js';
import type { Participant } from '../../shared/session/state.js';
import { groupStaffCredential } from '../auth/group-staff.js';
import { hashToken } from '../auth/tokens.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { Room } from '../rooms/room.js';
import type { Credential, Store } from '../store/store.js';

/**
 * The one access layer of the HTTP routes: how a credential is read, how
 * staff are recognised, and how an error leaves (one code → status map).
 * Sockets authenticate at the handshake (server/socket/socket-server.ts), the
 * notes socket by ticket; every REST route goes through here.
 */

/** Every error code a REST answer can carry, and its HTTP status; a code not listed is a 500. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_payload: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  session_ended: 410,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function sendError(res: Response, code: ErrorCode, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(HTTP_STATUS[code] ?? 500).json(body);
}

/** The credential travels in `Authorization: Bearer`, never in a URL (URLs end up in logs, history and referrers). */
export function bearerOf(req: Request): string | null {
  return /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.get('authorization') ?? '')?.[1] ?? null;
}

/** What requireStaff leaves in `res.locals.staff` for the route. */
export interface StaffAccess {
  room: Room;
  credential: Credential;
  person: Participant;
}

/** The access requireStaff granted; only call it in a route behind requireStaff. */
export function staffAccess(res: Response): StaffAccess {
  return res.locals.staff as StaffAccess;
}

/**
 * Lets the request through only for an admitted facilitator or co-facilitator
 * of the session in the path (`:sessionId`), by their Bearer token. As every
 * staff route (docs/protocol.md): no token is refused like a wrong one, 403,
 * with `denied` as the message.
 */
export function requireStaff(store: Store, registry: RoomRegistry, denied: string): RequestHandler {
  return async (req, res, next) => {
    const token = bearerOf(req);
    const sessionId = IdSchema.safeParse(req.params.sessionId);
    const credential = token && sessionId.success ? await groupStaffCredential(hashToken(token), sessionId.data, store) : undefined;
    if (!credential) return sendError(res, 'forbidden', denied);
    const room = await registry.get(credential.sessionId);
    if (!room) return sendError(res, 'not_found', 'That session no longer exists.');
    const person = room.current.participants[credential.participantId];
    if (!person || person.admission !== 'admitted' || !isStaffRole(person.role)) return sendError(res, 'forbidden', denied);
    const staff: StaffAccess = { room, credential, person };
    res.locals.staff = staff;
    next();
  };
}
