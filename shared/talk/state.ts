import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { ClosedInterval, TalkInterval } from './intervals.js';
import type { TalkInput } from './metrics.js';

export interface TrackerInterval extends TalkInterval {
  source: 'tracker';
}

/** The talk-time slice of the session state. */
export interface TalkState {
  /** The co-facilitators' tracker intervals, oldest first; only the last may be open. */
  tracked: TrackerInterval[];
  /** Whether the facilitators share the whole-group view (the balance index only) with everyone. */
  groupViewShared: boolean;
  /** turns.turn as last seen: when it moves, the floor changed, and the tracker's open interval closes. */
  floorTurn: number;
}

export function emptyTalkState(): TalkState {
  return { tracked: [], groupViewShared: false, floorTurn: 0 };
}

/** The floor's intervals, recorded by turn-taking: its finished turns, then the current holder's open one. */
export function floorIntervals(state: SessionState): readonly TalkInterval[] {
  const { floorIntervals: done, floor } = state.turns;
  return floor ? [...done, { participantId: floor.holderId, from: floor.since, to: null, source: 'floor' }] : done;
}

/** The floor's intervals up to `now`: the current holder's open one ends at `now` (and is left out before it began). */
export function floorIntervalsAt(state: SessionState, now: number): ClosedInterval[] {
  return floorIntervals(state).flatMap((i) => {
    if (i.to !== null) return [{ ...i, to: i.to }];
    return now > i.from ? [{ ...i, to: now }] : [];
  });
}

/** Both sources' intervals, unmerged (precedence.ts merges them). */
export function allIntervals(state: SessionState): TalkInterval[] {
  return [...floorIntervals(state), ...state.talk.tracked];
}

/** Stable keys so a view diff carries only the interval that changed: `t3` is the tracker's 4th, `f0` the floor's 1st. */
export function keyedIntervals(state: SessionState): Record<string, TalkInterval> {
  const out: Record<string, TalkInterval> = {};
  floorIntervals(state).forEach((i, n) => (out[`f${n}`] = { participantId: i.participantId, from: i.from, to: i.to, source: 'floor' }));
  state.talk.tracked.forEach((i, n) => (out[`t${n}`] = i));
  return out;
}

/** The metrics' input, from the session state (server, summary). Everyone ever admitted, in roster order. */
export function talkInputFromState(state: SessionState): TalkInput {
  const people: TalkInput['people'] = {};
  for (const id of state.order) {
    const p = own(state.participants, id)!;
    if (p.present.length === 0 && p.admission !== 'admitted') continue;
    people[id] = { name: p.name, role: p.role, present: p.present };
  }
  return { startedAt: state.startedAt, endedAt: state.endedAt, people, intervals: keyedIntervals(state) };
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** Talk-time tracking. */
    talk: TalkState;
  }
}
