import type { GroupSessionRow } from './history-store.js';
import type { Store } from '../store/store.js';

/**
 * The group's session that is open now (the latest not ended) if the staff member
 * `participantId` is admitted staff in it: where a link of an earlier session leads.
 */
export async function currentSessionFor(store: Store, groupId: string, participantId: string): Promise<string | null> {
  const open = (await store.history.sessionsOf(groupId)).filter((s) => s.endedAt === null);
  const latest = open[open.length - 1];
  if (!latest) return null;
  const person = (await store.summaries.people(latest.sessionId))?.participants[participantId];
  return person && person.admission === 'admitted' && person.role !== 'member' ? latest.sessionId : null;
}

/** The session of the same group just before `sessionId` that is still on record (its notes not purged), or null. */
export async function previousSessionOf(store: Store, groupId: string, sessionId: string): Promise<GroupSessionRow | null> {
  const sessions = await store.history.sessionsOf(groupId);
  const mine = sessions.find((s) => s.sessionId === sessionId);
  const before = sessions.filter((s) => s.sessionId !== sessionId && mine && s.createdAt <= mine.createdAt);
  return before[before.length - 1] ?? null;
}
