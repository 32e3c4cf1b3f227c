import type { DomainEvent } from '../domain/events.js';
import { own } from '../own.js';
import type { SessionState } from '../domain/state.js';

/**
 * Applies signal events. A member who leaves keeps an open signal (they may
 * have left upset: the facilitators should still see it); a removed member's
 * signal is dropped with them.
 */
export function evolveSignals(state: SessionState, e: DomainEvent): SessionState {
  switch (e.type) {
    case 'signal:sent':
      return {
        ...state,
        signals: { ...state.signals, [e.memberId]: { sentAt: e.at, text: e.text, seenAt: null, seenBy: null } },
      };
    case 'signal:acknowledged': {
      const s = own(state.signals, e.memberId);
      if (!s) return state;
      return { ...state, signals: { ...state.signals, [e.memberId]: { ...s, seenAt: e.at, seenBy: e.by } } };
    }
    case 'signal:wordsAdded': {
      const s = own(state.signals, e.memberId);
      if (!s) return state;
      return { ...state, signals: { ...state.signals, [e.memberId]: { ...s, text: e.text } } };
    }
    case 'participant:removed': {
      if (!own(state.signals, e.id)) return state;
      const { [e.id]: _dropped, ...rest } = state.signals;
      return { ...state, signals: rest };
    }
    default:
      return state;
  }
}
