import type { Request, Response } from 'express';
import { IdSchema } from '../../shared/session/schemas.js';
import { hashToken } from '../auth/tokens.js';
import { staffKeyOf } from '../auth/group-staff.js';
import { bearerOf, sendError } from '../http/access.js';
import type { Store } from '../store/store.js';
import type { GroupRecord, StaffKey } from './history-store.js';
import type { SessionRow } from '../store/store.js';

/** Who may read and manage a group's history: its facilitators and co-facilitators, by the token of any of its sessions. */
export async function staffOfGroup(req: Request, groupId: string, store: Store): Promise<StaffKey | null> {
  const token = bearerOf(req);
  const staff = token ? await staffKeyOf(hashToken(token), store) : null;
  return staff?.groupId === groupId ? staff : null;
}

const NOT_STAFF = 'Only the facilitators of this group can see this. Open it from your facilitator link.';
export { NOT_STAFF };

/**
 * The lookups every staff route starts with. Each answers 403/404 itself and
 * returns undefined when the caller may not go on; summaries and group data hold
 * names and personal history, so nothing is cached by a browser or a proxy.
 */
export function staffLookups(store: Store) {
  /** The session's row if the caller is staff of its group. */
  const staffSession = async (req: Request, res: Response): Promise<SessionRow | undefined> => {
    res.setHeader('Cache-Control', 'no-store');
    const id = IdSchema.safeParse(req.params.sessionId);
    const row = id.success ? await store.findSession(id.data) : undefined;
    if (!row) return void sendError(res, 'not_found', 'No such session, or its details have been deleted.');
    if (!(await staffOfGroup(req, row.groupId, store))) return void sendError(res, 'forbidden', NOT_STAFF);
    return row;
  };

  /** The group and the caller's staff key if the caller is staff of it. */
  const staffGroup = async (req: Request, res: Response): Promise<{ group: GroupRecord; staff: StaffKey } | undefined> => {
    res.setHeader('Cache-Control', 'no-store');
    const id = IdSchema.safeParse(req.params.groupId);
    const group = id.success ? await store.history.group(id.data) : undefined;
    if (!group) return void sendError(res, 'not_found', 'No such group.');
    const staff = await staffOfGroup(req, group.id, store);
    if (!staff) return void sendError(res, 'forbidden', NOT_STAFF);
    return { group, staff };
  };

  return { staffSession, staffGroup };
}
