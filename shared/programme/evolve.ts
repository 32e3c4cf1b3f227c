import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';

export function evolveProgramme(state: SessionState, e: DomainEvent): SessionState {
  if (e.type !== 'programme:placed') return state;
  return { ...state, programme: { number: e.number, total: e.total, phase: e.phase, countdownFrom: e.countdownFrom } };
}
