import { assertNever } from '../errors.js';
import { own } from '../own.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import { isPresent } from '../session/state.js';
import { isCheckinEvent } from './events.js';
import type { Checkin } from './state.js';
import { activeCheckin } from './state.js';
import { addToTally, emptyTally } from './tally.js';

function update(state: SessionState, id: string, change: (c: Checkin) => Checkin): SessionState {
  const c = own(state.checkins.byId, id);
  if (!c) return state;
  return { ...state, checkins: { ...state.checkins, byId: { ...state.checkins.byId, [id]: change(c) } } };
}

function close(state: SessionState, id: string, at: number): SessionState {
  // Unrevealed answers are forgotten at close: nothing of them outlives the check-in, in memory or on disk.
  const next = update(state, id, (c) => ({
    ...c,
    phase: 'closed',
    closedAt: at,
    stoppedAt: c.stoppedAt ?? at,
    tally: c.revealedAt === null ? emptyTally(c.format) : c.tally,
  }));
  return state.checkins.activeId === id ? { ...next, checkins: { ...next.checkins, activeId: null } } : next;
}

/** Members in the room now: who may answer a check-in that opens or reopens now. */
function presentMembers(state: SessionState): Record<string, true> {
  const ids: Record<string, true> = {};
  for (const id of state.order) {
    const p = state.participants[id]!;
    if (p.role === 'member' && isPresent(p)) ids[id] = true;
  }
  return ids;
}

/** A member who arrives while a check-in is open may answer it: they join its "of M". Nobody ever leaves it. */
function widenEligible(state: SessionState): SessionState {
  const c = activeCheckin(state);
  if (!c || c.phase !== 'open') return state;
  const present = presentMembers(state);
  if (Object.keys(present).every((id) => c.eligible[id])) return state;
  return update(state, c.id, (x) => ({ ...x, eligible: { ...x.eligible, ...present } }));
}

/** Applies check-in events (and closes an open check-in when the session ends). Pure. */
export function evolveCheckins(state: SessionState, e: DomainEvent): SessionState {
  if (e.type === 'session:ended') return state.checkins.activeId ? close(state, state.checkins.activeId, e.at) : state;
  if (e.type.startsWith('participant:') || e.type === 'presence:changed') return widenEligible(state);
  if (!isCheckinEvent(e)) return state;
  switch (e.type) {
    case 'checkin:started': {
      const c: Checkin = {
        id: e.checkinId,
        prompt: e.prompt,
        format: e.format,
        minimum: e.minimum,
        phase: 'open',
        startedAt: e.at,
        stoppedAt: null,
        revealedAt: null,
        closedAt: null,
        answered: {},
        eligible: presentMembers(state),
        reopenedAt: null,
        tally: emptyTally(e.format),
      };
      return {
        ...state,
        checkins: { byId: { ...state.checkins.byId, [c.id]: c }, order: [...state.checkins.order, c.id], activeId: c.id },
      };
    }
    case 'checkin:answered':
      // Replayed from the log the value is absent: a revealed tally comes back from its sealed record.
      return update(state, e.checkinId, (c) => ({
        ...c,
        answered: { ...c.answered, [e.participantId]: true },
        eligible: c.eligible[e.participantId] ? c.eligible : { ...c.eligible, [e.participantId]: true },
        tally: e.value === undefined ? c.tally : addToTally(c.tally, e.value),
      }));
    case 'checkin:stopped':
      return update(state, e.checkinId, (c) => ({ ...c, phase: 'stopped', stoppedAt: e.at }));
    case 'checkin:revealed':
      return update(state, e.checkinId, (c) => ({ ...c, phase: 'revealed', revealedAt: e.at, stoppedAt: c.stoppedAt ?? e.at }));
    case 'checkin:closed':
      return close(state, e.checkinId, e.at);
    case 'checkin:reopened':
      // Everyone may answer again, the answers lost in a restart are not counted, and the room says so.
      return update(state, e.checkinId, (c) => ({
        ...c,
        phase: 'open',
        stoppedAt: null,
        answered: {},
        eligible: presentMembers(state),
        reopenedAt: e.at,
        tally: emptyTally(c.format),
      }));
    default:
      return assertNever(e, 'check-in event');
  }
}
