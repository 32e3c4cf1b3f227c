import type { CheckinResults } from '../checkins/aggregate.js';
import type { SessionSummary } from './summary.js';

/**
 * The part of a summary that names nobody: what may be kept after a session's
 * detail is deleted (if the facilitator chooses), and what trends are drawn from.
 */
export interface SessionAggregate {
  sessionId: string;
  startedAt: number;
  endedAt: number | null;
  lengthMs: number;
  membersAttended: number;
  /** Talk-time balance (1 − Gini), when talk time was recorded. */
  balanceIndex?: number | null;
  /** Revealed check-ins only: prompt, format and the anonymous aggregate. */
  checkins: Array<{ prompt: string; results: CheckinResults }>;
}

export function aggregateOf(summary: SessionSummary): SessionAggregate {
  const agg: SessionAggregate = {
    sessionId: summary.session.sessionId,
    startedAt: summary.session.startedAt,
    endedAt: summary.session.endedAt,
    lengthMs: summary.session.lengthMs,
    membersAttended: summary.attendance?.membersAttended ?? 0,
    checkins: (summary.checkins ?? []).flatMap((c) => (c.results ? [{ prompt: c.prompt, results: c.results }] : [])),
  };
  return agg;
}
