import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { CheckinResults } from './aggregate.js';
import { resultsOf } from './aggregate.js';
import type { CheckinFormat } from './schemas.js';
import { answeredCount } from './state.js';

export interface CheckinSummaryEntry {
  id: string;
  prompt: string;
  format: CheckinFormat['kind'];
  startedAt: number;
  answered: number;
  /** Present only for check-ins whose results were revealed (so at or above their minimum). */
  results?: CheckinResults;
}

/** Every check-in of the session for the summary; results only where they were shown to the group. */
export function checkinSummary(state: SessionState): CheckinSummaryEntry[] {
  return state.checkins.order.map((id) => {
    const c = own(state.checkins.byId, id)!;
    const entry: CheckinSummaryEntry = { id, prompt: c.prompt, format: c.format.kind, startedAt: c.startedAt, answered: answeredCount(c) };
    if (c.revealedAt !== null) entry.results = resultsOf(c.tally);
    return entry;
  });
}

/** A check-in with the words its results need: the scale's end labels, the choices. */
export interface SummaryCheckin extends CheckinSummaryEntry {
  labels?: { low: string; high: string };
  options?: string[];
}

export function checkinsSection(state: SessionState): SummaryCheckin[] {
  return checkinSummary(state).map((entry) => {
    const format = own(state.checkins.byId, entry.id)?.format;
    if (format?.kind === 'scale') return { ...entry, labels: { low: format.low, high: format.high } };
    if (format?.kind === 'choice') return { ...entry, options: format.options.slice() };
    return entry;
  });
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Every check-in; results only where they were revealed. */
    checkins: SummaryCheckin[];
  }
}
