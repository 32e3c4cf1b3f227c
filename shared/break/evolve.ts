import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';

/** Applies break events; a session that ends during a break ends the break with it. */
export function evolveBreak(state: SessionState, e: DomainEvent): SessionState {
  switch (e.type) {
    case 'break:started':
      return { ...state, break: { startedAt: e.at, endsAt: e.endsAt } };
    case 'break:ended':
      return { ...state, break: state.break ? { ...state.break, endsAt: e.at } : null };
    case 'session:ended':
      return state.break && state.break.endsAt > e.at ? { ...state, break: { ...state.break, endsAt: e.at } } : state;
    default:
      return state;
  }
}
