import { assertNever } from '../errors.js';
import { own } from '../own.js';
import type { DomainEvent } from '../session/events.js';
import type { SessionState } from '../session/state.js';
import { isCheckinEvent } from './events.js';
import type { Checkin } from './state.js';
import { addToTally, emptyTally } from './tally.js';

function update(state: SessionState, id: string, change: (c: Checkin) => Checkin): SessionState {
  const c = own(state.checkins.byId, id);
  if (!c) return state;
  return { ...state, checkins: { ...state.checkins, byId: { ...state.checkins.byId, [id]: change(c) } } };
}

function close(state: SessionState, id: string, at: number): SessionState {
  const next = update(state, id, (c) => ({ ...c, phase: 'closed', closedAt: at, stoppedAt: c.stoppedAt ?? at }));
  return state.checkins.activeId === id ? { ...next, checkins: { ...next.checkins, activeId: null } } : next;
}

/** Applies check-in events (and closes an open check-in when the session ends). Pure. */
export function evolveCheckins(state: SessionState, e: DomainEvent): SessionState {
  if (e.type === 'session:ended') return state.checkins.activeId ? close(state, state.checkins.activeId, e.at) : state;
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
        tally: emptyTally(e.format),
      };
      return {
        ...state,
        checkins: { byId: { ...state.checkins.byId, [c.id]: c }, order: [...state.checkins.order, c.id], activeId: c.id },
      };
    }
    case 'checkin:answered':
      // Replayed from the log the value is absent: the tally then comes back from the sealed record.
      return update(state, e.checkinId, (c) => ({
        ...c,
        answered: { ...c.answered, [e.participantId]: true },
        tally: e.value === undefined ? c.tally : addToTally(c.tally, e.value),
      }));
    case 'checkin:stopped':
      return update(state, e.checkinId, (c) => ({ ...c, phase: 'stopped', stoppedAt: e.at }));
    case 'checkin:revealed':
      return update(state, e.checkinId, (c) => ({ ...c, phase: 'revealed', revealedAt: e.at, stoppedAt: c.stoppedAt ?? e.at }));
    case 'checkin:closed':
      return close(state, e.checkinId, e.at);
    default:
      return assertNever(e, 'check-in event');
  }
}
