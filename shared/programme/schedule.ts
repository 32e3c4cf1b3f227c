import type { Phase, Programme } from './plan.js';
import { addDays, zonedInstant } from './calendar.js';

/**
 * The programme's arithmetic, pure: which date each session falls on, which
 * phase a session is in, how many are left, and when a measure is due.
 * Session numbers count from 1.
 */
type Series = Pick<Programme, 'sessions' | 'firstDate' | 'skipped'>;

/** The date of every session in order: one a week from the first, passing over skipped weeks. */
export function sessionDates(p: Series): string[] {
  const skipped = new Set(p.skipped);
  const dates: string[] = [];
  for (let week = 0; dates.length < p.sessions; week++) {
    const date = addDays(p.firstDate, week * 7);
    if (!skipped.has(date)) dates.push(date);
  }
  return dates;
}

export function lastSessionDate(p: Series): string {
  return sessionDates(p).at(-1)!;
}

/** Start and end (ms since epoch) of every session, from its date, the local time and the time zone. */
export function sessionTimes(p: Programme): Array<{ number: number; date: string; start: number; end: number }> {
  return sessionDates(p).map((date, i) => {
    const start = zonedInstant(date, p.time, p.timeZone);
    return { number: i + 1, date, start, end: start + p.minutes * 60_000 };
  });
}

/** The phase session `n` is in, with its place (0-based) among the phases; the last phase for a number past the end. */
export function phaseOf(phases: readonly Phase[], n: number): { index: number; name: string } {
  let end = 0;
  for (const [index, phase] of phases.entries()) {
    end += phase.sessions;
    if (n <= end) return { index, name: phase.name };
  }
  return { index: phases.length - 1, name: phases.at(-1)!.name };
}

/** Sessions still to come after session `n` (0 in the last one). */
export function sessionsLeft(total: number, n: number): number {
  return Math.max(0, total - n);
}

/** Members see the countdown once it is within the threshold staff chose (null: never). */
export function countdownShown(left: number, countdownFrom: number | null): boolean {
  return countdownFrom !== null && left <= countdownFrom;
}

/**
 * Whether a measure scheduled "every `everyN` sessions" is due in session `n`:
 * in every session whose number is a multiple of everyN (every fourth: 4, 8, 12…).
 * everyN of 1 is every session; a non-positive or fractional everyN is never due.
 */
export function isDue(everyN: number, n: number): boolean {
  if (!Number.isInteger(everyN) || everyN < 1 || !Number.isInteger(n) || n < 1) return false;
  return n % everyN === 0;
}

/** The first session after n in which something asked every everyN sessions is due, or null if none is left by `total`. */
export function nextDue(everyN: number, n: number, total: number): number | null {
  if (!Number.isInteger(everyN) || everyN < 1) return null;
  const next = (Math.floor(n / everyN) + 1) * everyN;
  return next <= total ? next : null;
}
