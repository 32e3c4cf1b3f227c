import { assertNever } from '../errors.js';
import { own } from '../own.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import type { SessionEvent } from './events.js';
import { SESSION_EVENT_TYPES } from './events.js';
import { evolveClosingInfo } from './closing-info.js';
import { evolvePlannedEnd } from './planned-end.js';
import type { Participant } from './state.js';
import { isPresent } from './state.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';


function isSessionEvent(e: DomainEvent): e is SessionEvent {
  return SESSION_EVENT_TYPES.has(e.type);
}

/** Keep `present` periods in step with admission and presence: open while in the room, closed otherwise. */
function withPresence(p: Participant, at: number): Participant {
  const open = p.present.length > 0 && p.present[p.present.length - 1]!.to === null;
  if (isPresent(p) && !open) return { ...p, present: [...p.present, { from: at, to: null }] };
  if (!isPresent(p) && open) {
    const present = p.present.slice();
    present[present.length - 1] = { from: present[present.length - 1]!.from, to: at };
    return { ...p, present };
  }
  return p;
}

function updateParticipant(state: SessionState, id: string, at: number, change: Partial<Participant>): SessionState {
  const p = own(state.participants, id);
  if (!p) return state;
  return { ...state, participants: { ...state.participants, [id]: withPresence({ ...p, ...change }, at) } };
}

/** Applies the session's own events. Pure; the version is bumped by the caller. */
export function evolveSession(state: SessionState, e: DomainEvent): SessionState {
  if (!isSessionEvent(e)) return state;
  switch (e.type) {
    case 'session:created':
      return {
        ...state,
        sessionId: e.sessionId,
        groupId: e.groupId,
        groupName: e.groupName,
        joinCode: e.joinCode,
        agreement: e.agreement,
        language: e.language ?? DEFAULT_LOCALE,
        waitingRoom: e.waitingRoom,
        startedAt: e.at,
      };
    case 'participant:joined': {
      const p: Participant = {
        id: e.id,
        name: e.name,
        role: e.role,
        admission: e.admission,
        presence: 'left',
        joinedAt: e.at,
        present: [],
        ...(e.carried ? { carried: true as const } : {}),
      };
      return { ...state, participants: { ...state.participants, [e.id]: p }, order: [...state.order, e.id] };
    }
    case 'participant:admitted':
      return updateParticipant(state, e.id, e.at, { admission: 'admitted' });
    case 'participant:declined':
      return updateParticipant(state, e.id, e.at, { admission: 'declined' });
    case 'participant:removed':
      return updateParticipant(state, e.id, e.at, { admission: 'removed' });
    case 'presence:changed':
      return updateParticipant(state, e.id, e.at, { presence: e.presence });
    case 'waitingRoom:set':
      return { ...state, waitingRoom: e.enabled };
    case 'session:ended': {
      const participants: Record<string, Participant> = {};
      for (const [id, p] of Object.entries(state.participants)) {
        const last = p.present[p.present.length - 1];
        participants[id] =
          last && last.to === null ? { ...p, present: [...p.present.slice(0, -1), { from: last.from, to: e.at }] } : p;
      }
      return { ...state, endedAt: e.at, participants };
    }
    case 'session:plannedEndSet':
      return evolvePlannedEnd(state, e);
    case 'session:closingInfoSet':
      return evolveClosingInfo(state, e);
    default:
      return assertNever(e, 'session event');
  }
}
