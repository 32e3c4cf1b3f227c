import { isStaffRole } from '../../shared/session/state.js';
import type { Credential, Store } from '../store/store.js';
import type { StaffKey } from '../summary/history-store.js';

/**
 * The group staff member a token names: its group key, or else an admitted
 * facilitator or co-facilitator of the session it was issued for. The first use
 * records the token's hash as a group key, so the link keeps working for the
 * group after its session is purged.
 */
export async function staffKeyOf(tokenHash: string, store: Store): Promise<StaffKey | null> {
  const key = await store.history.findKey(tokenHash);
  if (key) return key;
  const credential = await store.findCredential(tokenHash);
  const row = credential && (await store.findSession(credential.sessionId));
  if (!credential || !row) return null;
  const person = (await store.summaries.people(row.sessionId))?.participants[credential.participantId];
  if (!person || person.admission !== 'admitted' || !isStaffRole(person.role)) return null;
  const staff: StaffKey = { groupId: row.groupId, participantId: person.id, name: person.name, role: person.role as StaffKey['role'] };
  await store.history.putKey(tokenHash, staff);
  return staff;
}

/**
 * The credential a token gives in one session: the one issued there, or, for a
 * staff member of the session's group, their own id in it. The group's next
 * session is created with its staff in it under the same ids (next-session.ts),
 * so a co-facilitator's link keeps working from one session to the next. The
 * caller still checks that the id is admitted staff of the room: a member's
 * token is never a staff key, and a removed co-facilitator stays removed.
 */
export async function groupStaffCredential(tokenHash: string, sessionId: string, store: Store): Promise<Credential | undefined> {
  const credential = await store.findCredential(tokenHash);
  if (credential?.sessionId === sessionId) return credential;
  const row = await store.findSession(sessionId);
  if (!row) return undefined;
  const staff = await staffKeyOf(tokenHash, store);
  return staff?.groupId === row.groupId ? { sessionId, participantId: staff.participantId } : undefined;
}
