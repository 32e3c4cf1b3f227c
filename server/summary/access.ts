import type { Request, Response } from 'express';
import { IdSchema } from '../../shared/session/schemas.js';
import { hashToken } from '../auth/tokens.js';
import { staffKeyOf } from '../auth/group-staff.js';
import { bearerOf, sendError } from '../http/access.js';
import type { SessionRow, Store } from '../store/store.js';
import type { GroupRecord, StaffKey } from './history-store.js';

/** Who may read and manage a group's history: its facilitators and co-facilitators, by the token of any of its sessions. */
export async function staffOfGroup(req: Request, groupId: string, store: Store): Promise<StaffKey | null> {
  const token = bearerOf(req);
  const staff = token ? await staffKeyOf(hashToken(token), store) : null;
  return staff?.groupId === groupId ? staff : null;
}

export const NOT_STAFF = 'Only the facilitators of this group can see this. Open it from your facilitator link.';

/** The group in the path (`:groupId`) and who asks, if they are its staff; otherwise answers 403/404 and returns undefined. */
export async function staffGroup(req: Request, res: Response, store: Store): Promise<{ group: GroupRecord; staff: StaffKey } | undefined> {
  // Group data holds names and personal history: never cached by the browser or a proxy.
  res.setHeader('Cache-Control', 'no-store');
  const id = IdSchema.safeParse(req.params.groupId);
  const group = id.success ? await store.history.group(id.data) : undefined;
  if (!group) return void sendError(res, 'not_found', 'No such group.');
  const staff = await staffOfGroup(req, group.id, store);
  if (!staff) return void sendError(res, 'forbidden', NOT_STAFF);
  return { group, staff };
}

/** The session in the path (`:sessionId`) if the caller is staff of its group; otherwise answers 403/404 and returns undefined. */
export async function staffSession(req: Request, res: Response, store: Store): Promise<SessionRow | undefined> {
  res.setHeader('Cache-Control', 'no-store');
  const id = IdSchema.safeParse(req.params.sessionId);
  const row = id.success ? await store.findSession(id.data) : undefined;
  if (!row) return void sendError(res, 'not_found', 'No such session, or its details have been deleted.');
  if (!(await staffOfGroup(req, row.groupId, store))) return void sendError(res, 'forbidden', NOT_STAFF);
  return row;
}

/** The two lookups bound to one store, for a router that makes many routes. */
export function staffLookups(store: Store) {
  return {
    staffSession: (req: Request, res: Response) => staffSession(req, res, store),
    staffGroup: (req: Request, res: Response) => staffGroup(req, res, store),
  };
}
