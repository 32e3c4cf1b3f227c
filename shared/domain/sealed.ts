import { isCheckinEvent } from '../checkin/events.js';
import { checkinSealedRecords, hydrateCheckins, redactCheckinEvent, stripCheckins } from '../checkin/sealed.js';
import type { DomainEvent } from '../session/events.js';
import type { SessionState } from '../session/state.js';

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
  return isCheckinEvent(event) ? redactCheckinEvent(event) : event;
}

/** Sealed records to rewrite after `events` were applied to reach `state`. */
export function sealedRecords(state: SessionState, events: readonly DomainEvent[]): SealedRecord[] {
  return checkinSealedRecords(state, events);
}

/** The state as a snapshot may keep it. */
export function stripSealed(state: SessionState): SessionState {
  return stripCheckins(state);
}

/** Puts sealed records back into a state rebuilt from snapshot and log. */
export function hydrateSealed(state: SessionState, records: readonly SealedRecord[]): SessionState {
  return hydrateCheckins(state, records);
}
