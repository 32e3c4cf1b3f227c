import type { SessionState } from '../session/state.js';

/**
 * Talk time: who has spoken how long. ONE function answers it for every feature
 * (the balanced queue today; the talk-time dashboard and summary later), so
 * when tracked intervals join floor intervals, every user picks them up unchanged.
 */

/** Where a speaking interval came from: the floor (turn-taking) or a co-facilitator's tracker. */
export type TalkSource = 'floor' | 'tracker';

export interface SpeakingInterval {
  participantId: string;
  from: number;
  /** Always closed here; an open interval is represented by the live state (e.g. the current floor). */
  to: number;
  source: TalkSource;
}

/** Every floor interval up to `now`, the current floor's included (clipped at `now`). */
export function floorIntervalsAt(state: SessionState, now: number): SpeakingInterval[] {
  const { floorIntervals, floor } = state.turns;
  if (!floor || now <= floor.since) return floorIntervals;
  return [...floorIntervals, { participantId: floor.holderId, from: floor.since, to: now, source: 'floor' }];
}

/**
 * Milliseconds each participant has spoken up to `now`. Participants who have
 * not spoken are absent (read a missing entry as 0).
 * For now this sums floor intervals; tracked intervals will be merged here.
 */
export function talkTimeByParticipant(state: SessionState, now: number): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const i of floorIntervalsAt(state, now)) {
    totals[i.participantId] = (totals[i.participantId] ?? 0) + Math.max(0, i.to - i.from);
  }
  return totals;
}
