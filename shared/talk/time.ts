import type { SessionState } from '../domain/state.js';
import type { ClosedInterval, TalkSource } from './intervals.js';
import { CROSSTALK } from './intervals.js';
import { effectiveTimeline } from './precedence.js';
import { allIntervals } from './state.js';

/**
 * Talk time: who has spoken how long. ONE function answers it for every feature
 * (the balanced queue, the talk-time dashboard, the summary): floor intervals
 * from turn-taking and the co-facilitators' tracker intervals, merged so that
 * for any moment both cover, the tracker wins (see precedence.ts).
 */

export type { TalkSource };

/** A finished speaking interval; turn-taking keeps its completed floor turns as these. */
export type SpeakingInterval = ClosedInterval;

/**
 * Milliseconds each participant has spoken up to `now`, both sources merged with
 * the tracker's precedence. Participants who have not spoken are absent (read a
 * missing entry as 0); cross-talk belongs to nobody and is left out.
 */
export function talkTimeByParticipant(state: SessionState, now: number): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const s of effectiveTimeline(allIntervals(state), now)) {
    if (s.participantId === CROSSTALK) continue;
    totals[s.participantId] = (totals[s.participantId] ?? 0) + (s.to - s.from);
  }
  return totals;
}
