import type { Decision } from './decision.js';
import { accept } from './decision.js';
import type { DomainEvent } from './events.js';
import type { SealedRecord } from './feature.js';
import { FEATURES } from './features.js';
import type { SessionState } from './state.js';

/**
 * Sealed data: values the server must hold but never store beside who gave them
 * (anonymous check-in answers). The event log keeps a redacted copy of such
 * events (who acted, not the value); the values live in a separate keyed record
 * that is rewritten whole, and snapshots leave them out. Features that seal
 * data give their feature object `sealed` hooks; the store and rooms call only these four.
 */
export type { SealedRecord };

const hooks = FEATURES.flatMap((f) => (f.sealed ? [f.sealed] : []));

/** The event as the log may keep it. */
export function redactForLog(event: DomainEvent): DomainEvent {
  return hooks.reduce((e, h) => h.redact(e), event);
}

/** Sealed records to rewrite after `events` were applied to reach `state`. */
export function sealedRecords(state: SessionState, events: readonly DomainEvent[]): SealedRecord[] {
  return hooks.flatMap((h) => h.records(state, events));
}

/** The state as a snapshot may keep it. */
export function stripSealed(state: SessionState): SessionState {
  return hooks.reduce((s, h) => h.strip(s), state);
}

/** Puts sealed records back into a state rebuilt from snapshot and log. */
export function hydrateSealed(state: SessionState, records: readonly SealedRecord[]): SessionState {
  return hooks.reduce((s, h) => h.hydrate(s, records), state);
}

/** Whether any feature holds answers only this process's memory has: the room must stay loaded. */
export function holdsSealedInMemory(state: SessionState): boolean {
  return hooks.some((h) => h.inMemory(state));
}

/** After a restart: start over whatever lost its in-memory answers (a check-in, an anonymous measure), and say so. */
export function decideSealedLost(state: SessionState, now: number): Decision {
  return accept(...hooks.flatMap((h) => h.lost(state, now)));
}
