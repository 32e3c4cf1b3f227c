import { FEATURES } from '../domain/features.js';
import type { SessionState } from '../domain/state.js';
import type { SummarySections } from './sections.js';
import { lastMoment } from '../session/summary.js';
import { timelineOf } from './timeline.js';
import type { SummaryInput } from './sections.js';

export type { SummaryInput, SummaryOptions, SummarySections } from './sections.js';

/**
 * What a therapist keeps from a session. Built by pure functions from the final
 * state (the event log replayed, sealed tallies put back) and the log itself.
 * Each feature contributes its sections (its feature object's `summary`, its
 * section types declared in its own summary.ts), plus lines of the timeline.
 */
export interface SummarySession {
  sessionId: string;
  groupId: string;
  groupName: string;
  startedAt: number;
  /** null while the session still runs. */
  endedAt: number | null;
  lengthMs: number;
  /** The group's language: the summary's own words (timeline, exports) are in it. */
  language: string;
}


export interface SessionSummary extends Partial<SummarySections> {
  session: SummarySession;
}



export function summarySession(state: SessionState): SummarySession {
  const end = state.endedAt ?? lastMoment(state);
  return {
    sessionId: state.sessionId,
    groupId: state.groupId,
    groupName: state.groupName,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    lengthMs: Math.max(0, end - state.startedAt),
    language: state.language,
  };
}

export function buildSummary(input: SummaryInput): SessionSummary {
  const summary: SessionSummary = { session: summarySession(input.state) };
  for (const f of FEATURES) Object.assign(summary, f.summary?.(input));
  summary.timeline = timelineOf(input.events, input.options.words);
  return summary;
}
