import type { Request } from 'express';
import { isStaffRole } from '../../shared/session/state.js';
import { hashToken } from '../auth/tokens.js';
import { bearerOf } from '../http/access.js';
import type { Store } from '../store/store.js';
import type { StaffKey } from './history-store.js';

/**
 * Who may read and manage a group's history: its facilitators and co-facilitators,
 * by the token of any of its sessions. The first use records the token's hash as a
 * group key, so the link keeps opening the group page after its session is purged.
 */
export async function staffOfGroup(req: Request, groupId: string, store: Store): Promise<StaffKey | null> {
  const token = bearerOf(req);
  if (!token) return null;
  const hash = hashToken(token);
  const key = await store.history.findKey(hash);
  if (key) return key.groupId === groupId ? key : null;
  const credential = await store.findCredential(hash);
  const row = credential && (await store.findSession(credential.sessionId));
  if (!credential || !row || row.groupId !== groupId) return null;
  const person = (await store.summaries.people(row.sessionId))?.participants[credential.participantId];
  if (!person || person.admission !== 'admitted' || !isStaffRole(person.role)) return null;
  const staff: StaffKey = { groupId, participantId: person.id, name: person.name, role: person.role as StaffKey['role'] };
  await store.history.putKey(hash, staff);
  return staff;
}
