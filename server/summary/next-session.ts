import type { NextSession } from '../../shared/summary/api.js';
import { creationEvents } from '../../shared/domain/reducer.js';
import { carriedEvents, carriedMembers, carriedStaff } from '../../shared/summary/carried.js';
import { nextSessionNumber, placementEvent } from '../../shared/programme/place.js';
import { hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';
import type { Clock } from '../deps.js';
import type { Store } from '../store/store.js';
import type { GroupRecord, StaffKey } from './history-store.js';

/** Members of the group's latest session that still has detail: names staff may invite back. */
export async function returningNames(store: Store, groupId: string, exceptSessionId?: string): Promise<string[]> {
  const sessions = (await store.history.sessionsOf(groupId)).filter((s) => s.sessionId !== exceptSessionId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const state = await store.summaries.people(sessions[i]!.sessionId);
    if (!state) continue;
    return state.order
      .map((id) => state.participants[id]!)
      .filter((p) => p.role === 'member' && p.present.length > 0 && p.admission !== 'removed')
      .map((p) => p.name);
  }
  return [];
}

/** The group's latest session still on record, as `people()` reads it, with its id; null when none is left. */
async function latestSession(store: Store, groupId: string) {
  const sessions = await store.history.sessionsOf(groupId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const { sessionId } = sessions[i]!;
    const state = await store.summaries.people(sessionId);
    if (state) return { sessionId, ...state };
  }
  return null;
}

/** The new session's place in the group's programme, if the group has one and the series is not over. */
async function programmePlacement(store: Store, groupId: string, latestNumber: number | null, now: number) {
  const programme = await store.programmes.programme(groupId);
  if (!programme) return null;
  const number = nextSessionNumber(latestNumber, (await store.history.sessionsOf(groupId)).length);
  return placementEvent(programme, number, now);
}

/** The language of the group's latest session still on record: the next session keeps it (English if none is left). */
export async function groupLanguage(store: Store, groupId: string): Promise<string | undefined> {
  return (await latestSession(store, groupId))?.language;
}

/**
 * The next session of a group: same group (name, agreement and language), the staff member
 * who asks keeps their id, a fresh facilitator token, join code and co-facilitator link.
 * The previous session's other staff are already in it as co-facilitators under their
 * ids, so the links they hold open it (server/auth/group-staff.ts); its admitted members
 * are in it as members, offline, and their tokens become member keys of the group
 * (server/auth/group-member.ts), so each opens it as themselves.
 */
export async function startNextSession(
  deps: { store: Store; clock: Clock },
  group: GroupRecord,
  staff: StaffKey,
  waitingRoom: boolean,
): Promise<NextSession> {
  const now = deps.clock.now();
  const sessionId = newId();
  const token = newToken();
  const invite = newToken();
  let joinCode = newJoinCode();
  for (let i = 0; await deps.store.findSessionByJoinCode(joinCode); i++) {
    if (i > 20) throw new Error('could not find a free join code');
    joinCode = newJoinCode();
  }
  const names = await returningNames(deps.store, group.id);
  const latest = await latestSession(deps.store, group.id);
  const language = latest?.language;
  const events = creationEvents({
    sessionId,
    groupId: group.id,
    groupName: group.name,
    joinCode,
    agreement: group.agreement,
    waitingRoom,
    facilitatorId: staff.participantId,
    facilitatorName: staff.name,
    ...(language ? { language } : {}),
    now,
  });
  const members = latest ? carriedMembers(latest) : [];
  if (latest) events.push(...carriedEvents([...carriedStaff(latest, staff.participantId), ...members], now));
  // The group's support text carries over; "next session" was about this one, so it starts empty.
  const support = latest?.closingInfo.support;
  if (support) events.push({ type: 'session:closingInfoSet', at: now, nextSession: '', support });
  const placed = await programmePlacement(deps.store, group.id, latest?.programme?.number ?? null, now);
  if (placed) events.push(placed);
  // creationEvents names the first person facilitator; a co-facilitator starting the next session leads it.
  await deps.store.history.createNextSession({
    sessionId,
    groupId: group.id,
    joinCode,
    coFacilitatorInviteHash: hashToken(invite),
    createdAt: now,
    facilitator: { participantId: staff.participantId, name: staff.name, role: staff.role, tokenHash: hashToken(token) },
    members: { fromSessionId: latest?.sessionId ?? sessionId, participantIds: members.map((p) => p.id) },
    events,
  });
  return {
    sessionId,
    groupId: group.id,
    joinCode,
    facilitatorLink: `/s/${sessionId}#key=${token}`,
    coFacilitatorLink: `/co/${sessionId}#invite=${invite}`,
    memberLink: `/join/${joinCode}`,
    facilitatorToken: token,
    returningNames: names,
  };
}
