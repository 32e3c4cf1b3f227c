import type { DomainEvent } from './events.js';
import type { SessionState } from './state.js';

/**
 * Sealed data: values the server must hold but never store beside who gave them
 * (anonymous check-in answers). The event log keeps a redacted copy of such
 * events (who acted, not the value); the values live in a separate keyed record
 * that is rewritten whole, and snapshots leave them out. Features that seal
 * data extend these four functions; the store and rooms call only these.
 */
export interface SealedRecord {
  key: string;
  /** JSON-serialisable, holding no participant id, timestamp or order of arrival. */
  value: unknown;
}

/** The event as the log may keep it. */
export function redactForLog(event: DomainEvent): DomainEvent {
  return event;
}

/** Sealed records to rewrite after `events` were applied to reach `state`. */
export function sealedRecords(_state: SessionState, _events: readonly DomainEvent[]): SealedRecord[] {
  return [];
}

/** The state as a snapshot may keep it. */
export function stripSealed(state: SessionState): SessionState {
  return state;
}

/** Puts sealed records back into a state rebuilt from snapshot and log. */
export function hydrateSealed(state: SessionState, _records: readonly SealedRecord[]): SessionState {
  return state;
}
