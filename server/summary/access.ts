import type { Request } from 'express';
import { hashToken } from '../auth/tokens.js';
import { staffKeyOf } from '../auth/group-staff.js';
import { bearerOf } from '../http/access.js';
import type { Store } from '../store/store.js';
import type { StaffKey } from './history-store.js';

/** Who may read and manage a group's history: its facilitators and co-facilitators, by the token of any of its sessions. */
export async function staffOfGroup(req: Request, groupId: string, store: Store): Promise<StaffKey | null> {
  const token = bearerOf(req);
  const staff = token ? await staffKeyOf(hashToken(token), store) : null;
  return staff?.groupId === groupId ? staff : null;
}
