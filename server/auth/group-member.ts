import type { Credential, Store } from '../store/store.js';
import { groupStaffCredential } from './group-staff.js';

/**
 * The credential a member's token gives in a later session of their group: the
 * token was recorded as a member key when the member was carried into a next
 * session (next-session.ts), so it names them in the group, never in another
 * group, and never as staff (member keys live apart from staff keys, and
 * requireStaff reads only those). The caller still checks the id is a member of
 * the room and not removed.
 */
export async function groupMemberCredential(tokenHash: string, sessionId: string, store: Store): Promise<Credential | undefined> {
  const key = await store.history.findMemberKey(tokenHash);
  if (!key) return undefined;
  const row = await store.findSession(sessionId);
  return row?.groupId === key.groupId ? { sessionId, participantId: key.participantId } : undefined;
}

/**
 * Who a token names in a session, for the handshake and the join page: a credential
 * issued there, a staff member of the group, or a member carried in from an earlier
 * session of the group.
 */
export async function groupCredential(tokenHash: string, sessionId: string, store: Store): Promise<Credential | undefined> {
  const own = await store.findCredential(tokenHash);
  if (own?.sessionId === sessionId) return own;
  // Member keys first: one indexed read, where the staff path replays the token's session.
  return (await groupMemberCredential(tokenHash, sessionId, store)) ?? (await groupStaffCredential(tokenHash, sessionId, store));
}

