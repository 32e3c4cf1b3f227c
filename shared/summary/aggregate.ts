import type { ScaleResults } from '../checkin/aggregate.js';
import type { MeasureScore } from '../measure/summary.js';
import { measureScore } from '../measure/summary.js';
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
  /**
   * Of members' exchanges with someone, the share that went to another member
   * rather than a leader (interaction map): as recorded with the tracker's second
   * tap, and from who spoke after whom. null when there was none of that kind.
   */
  memberToMember?: { addressed: number | null; after: number | null };
  /**
   * Revealed scale check-ins only: the prompt and its histogram and statistics.
   * Words and choices are left out: a word can say more about a person than a number.
   */
  checkins: Array<{ prompt: string; results: ScaleResults }>;
  /** Each measure's nameless score, only where at least its minimum answered (absent in aggregates kept before measures). */
  measures?: MeasureScore[];
}

export function aggregateOf(summary: SessionSummary): SessionAggregate {
  const agg: SessionAggregate = {
    sessionId: summary.session.sessionId,
    startedAt: summary.session.startedAt,
    endedAt: summary.session.endedAt,
    lengthMs: summary.session.lengthMs,
    membersAttended: summary.attendance?.membersAttended ?? 0,
    checkins: (summary.checkins ?? []).flatMap((c) => (c.results?.kind === 'scale' ? [{ prompt: c.prompt, results: c.results }] : [])),
  };
  const measures = (summary.measures ?? []).flatMap((r) => measureScore(r) ?? []);
  if (measures.length > 0) agg.measures = measures;
  if (summary.talk) agg.balanceIndex = summary.talk.balanceIndex;
  if (summary.map) agg.memberToMember = { addressed: summary.map.addressedMix.share, after: summary.map.afterMix.share };
  return agg;
}
