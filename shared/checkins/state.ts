import type { CheckinFormat } from './schemas.js';
import type { Tally } from './tally.js';

/**
 * The check-ins slice of the session state. Who has answered (`answered`) and
 * what was answered (`tally`) are kept apart: the tally is a count per value
 * with no ids, no times and no order of arrival, and it never reaches the
 * event log or a snapshot (see sealed.ts).
 */
export type CheckinPhase = 'open' | 'stopped' | 'revealed' | 'closed';

export interface Checkin {
  id: string;
  prompt: string;
  format: CheckinFormat;
  /** Results are shown only at or above this many answers; never below 2. */
  minimum: number;
  phase: CheckinPhase;
  startedAt: number;
  /** When answers stopped being taken (stop or reveal); null while open. */
  stoppedAt: number | null;
  revealedAt: number | null;
  closedAt: number | null;
  /** Who has answered, so nobody answers twice. Never stored or sent beside a value. */
  answered: Record<string, true>;
  /** Sealed: counts only. Empty in snapshots and log replays until the sealed record is put back. */
  tally: Tally;
}

export interface CheckinsState {
  byId: Record<string, Checkin>;
  /** Ids in the order they were started (for the summary). */
  order: string[];
  /** The check-in on screen now (open, stopped or revealed); null when none. */
  activeId: string | null;
}

export function emptyCheckins(): CheckinsState {
  return { byId: {}, order: [], activeId: null };
}

export function activeCheckin(s: { checkins: CheckinsState }): Checkin | null {
  const id = s.checkins.activeId;
  return id ? (s.checkins.byId[id] ?? null) : null;
}

export function answeredCount(c: Checkin): number {
  return Object.keys(c.answered).length;
}
