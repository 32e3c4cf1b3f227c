import type { SessionState } from '../session/state.js';
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
