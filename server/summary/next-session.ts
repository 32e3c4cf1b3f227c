import type { NextSession } from '../../shared/summary/api.js';
import { creationEvents } from '../../shared/session/reducer.js';
import { hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';
import type { Clock } from '../deps.js';
import type { Store } from '../store/store.js';
import type { GroupRecord, HistoryStore, StaffKey } from './history-store.js';
import type { Summaries } from './summaries.js';

/** Members of the group's latest session that still has detail: names staff may invite back. */
export function returningNames(history: HistoryStore, summaries: Summaries, groupId: string, exceptSessionId?: string): string[] {
  const sessions = history.sessionsOf(groupId).filter((s) => s.sessionId !== exceptSessionId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const state = summaries.finalState(sessions[i]!.sessionId)?.state;
    if (!state) continue;
    return state.order
      .map((id) => state.participants[id]!)
      .filter((p) => p.role === 'member' && p.present.length > 0 && p.admission !== 'removed')
      .map((p) => p.name);
  }
  return [];
}

/** The language of the group's latest session still on record: the next session keeps it (English if none is left). */
export function groupLanguage(history: HistoryStore, summaries: Summaries, groupId: string): string | undefined {
  const sessions = history.sessionsOf(groupId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const state = summaries.finalState(sessions[i]!.sessionId)?.state;
    if (state) return state.language;
  }
  return undefined;
}

/**
 * The next session of a group: same group (name, agreement and language), the staff member
 * who asks keeps their id, a fresh facilitator token, join code and co-facilitator link.
 */
export function startNextSession(
  deps: { store: Store; history: HistoryStore; summaries: Summaries; clock: Clock },
  group: GroupRecord,
  staff: StaffKey,
  waitingRoom: boolean,
): NextSession {
  const now = deps.clock.now();
  const sessionId = newId();
  const token = newToken();
  const invite = newToken();
  let joinCode = newJoinCode();
  for (let i = 0; deps.store.findSessionByJoinCode(joinCode); i++) {
    if (i > 20) throw new Error('could not find a free join code');
    joinCode = newJoinCode();
  }
  const names = returningNames(deps.history, deps.summaries, group.id);
  const language = groupLanguage(deps.history, deps.summaries, group.id);
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
  // creationEvents names the first person facilitator; a co-facilitator starting the next session leads it.
  deps.history.createNextSession({
    sessionId,
    groupId: group.id,
    joinCode,
    coFacilitatorInviteHash: hashToken(invite),
    createdAt: now,
    facilitator: { participantId: staff.participantId, name: staff.name, role: staff.role, tokenHash: hashToken(token) },
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
