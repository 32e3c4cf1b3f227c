import type { CheckinFormat } from './schemas.js';
import type { Tally } from './tally.js';

/**
 * The check-ins slice of the session state. Who has answered (`answered`) and
 * what was answered (`tally`) are kept apart: the tally is a count per value
 * with no ids, no times and no order of arrival. An open tally lives in the
 * server's memory only; it reaches the disk once, as the revealed aggregate
 * (see sealed.ts), and a check-in closed without reveal forgets it.
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
  /**
   * Members who could answer: present when it opened, or arrived while it was
   * open. It only grows, so "N of M" says nothing about whether a member who
   * leaves had answered.
   */
  eligible: Record<string, true>;
  /** Set when a restart lost the open answers and the check-in started over. */
  reopenedAt: number | null;
  /** Counts only. In memory while open; stored only once revealed; emptied when closed unrevealed. */
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

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** Anonymous check-ins. */
    checkins: CheckinsState;
  }
}
