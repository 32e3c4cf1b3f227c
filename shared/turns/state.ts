import type { SpeakingInterval } from '../talk/time.js';

/**
 * Turn-taking's slice of the session state: raised hands, the floor, timed
 * turns, the balanced-queue switch and go-around rounds. Times are epoch ms;
 * the floor stores when it started, never a countdown, so a restart loses nothing.
 */

export interface RaisedHand {
  id: string;
  raisedAt: number;
}

/** How the current holder got the floor. */
export type FloorSource = 'queue' | 'direct' | 'goaround';

export interface Floor {
  holderId: string;
  since: number;
  /** ms; null when turns are untimed. Over time is shown, never enforced. */
  turnLength: number | null;
  source: FloorSource;
}

/** What happened at a go-around step. `skipped`: not in the room when their step came. */
export type RoundOutcome = 'spoke' | 'passed' | 'skipped';

export interface GoAround {
  startedAt: number;
  shuffled: boolean;
  /** First pass, in speaking order; late joiners are appended while the first pass runs. */
  order: string[];
  /** Offered a turn again at the end: those who passed, people back after being skipped, late joiners who came during the revisit. */
  revisit: string[];
  /** false: walking `order`; true: walking `revisit`. */
  revisiting: boolean;
  /** Position in the list being walked; the person there holds the floor unless the round is paused. */
  index: number;
  outcomes: Record<string, RoundOutcome>;
  turnLength: number | null;
  includeLateJoiners: boolean;
  /** A break paused the round; the person at `index` is up when it resumes. */
  paused: boolean;
}

export interface TurnsState {
  /** Raised hands in speaking order (not necessarily raisedAt order: the facilitator may reorder). */
  queue: RaisedHand[];
  floor: Floor | null;
  /** Counts every change of the floor. Commands that advance carry the count the sender saw, so a stale one is refused. */
  turn: number;
  /** Default length (ms) of a turn given from the queue or directly; null = untimed. */
  turnLength: number | null;
  /** Raised hands are placed by least talk time so far (ties: who raised first). */
  balanced: boolean;
  goAround: GoAround | null;
  /** Completed floor turns, for talk time. The open one is `floor` itself. */
  floorIntervals: SpeakingInterval[];
}

export function emptyTurns(): TurnsState {
  return { queue: [], floor: null, turn: 0, turnLength: null, balanced: false, goAround: null, floorIntervals: [] };
}

export function queuePosition(turns: TurnsState, id: string): number {
  return turns.queue.findIndex((h) => h.id === id);
}

export function hasRaisedHand(turns: TurnsState, id: string): boolean {
  return queuePosition(turns, id) >= 0;
}

/** The list a go-around is walking now, and who is at its current step. */
export function roundList(round: GoAround): string[] {
  return round.revisiting ? round.revisit : round.order;
}

export function roundCurrent(round: GoAround): string | null {
  return roundList(round)[round.index] ?? null;
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** Turn-taking: raised hands, the floor, go-around rounds. */
    turns: TurnsState;
  }
}
