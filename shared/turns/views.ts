import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import { isPresent } from '../session/state.js';
import { progress } from './go-around.js';
import type { Floor, RoundOutcome } from './state.js';
import { roundCurrent } from './state.js';

/**
 * What everyone in the room sees of turn-taking (`shared.turns`). Nothing here
 * is private: the queue and the floor are public in the group. Times are
 * timestamps; the client shows "for 2 min" and the over-time cue against the server clock.
 */
export interface GoAroundView {
  order: string[];
  revisit: string[];
  revisiting: boolean;
  /** Position in the list being walked (`revisit` when revisiting, else `order`). */
  index: number;
  /** Who is up (holds the floor unless the round is paused). */
  current: string | null;
  /** "3 of 8": step within the list being walked, and its length. */
  step: number;
  total: number;
  /** Who follows the person up, skipping anyone no longer in the room. */
  next: string | null;
  outcomes: Record<string, RoundOutcome>;
  turnLength: number | null;
  includeLateJoiners: boolean;
  shuffled: boolean;
  paused: boolean;
}

export interface TurnsView {
  /** Raised hands, ids in speaking order. */
  queue: string[];
  floor: Floor | null;
  /** Floor count: send it back as `expectedTurn` with next / give / endTurn / pass. */
  turn: number;
  turnLength: number | null;
  balanced: boolean;
  goAround: GoAroundView | null;
}

export function turnsView(state: SessionState): TurnsView {
  const { turns } = state;
  const round = turns.goAround;
  const here = (id: string) => {
    const p = own(state.participants, id);
    return !!p && isPresent(p);
  };
  return {
    queue: turns.queue.map((h) => h.id),
    floor: turns.floor,
    turn: turns.turn,
    turnLength: turns.turnLength,
    balanced: turns.balanced,
    goAround: round && {
      order: round.order,
      revisit: round.revisit,
      revisiting: round.revisiting,
      index: round.index,
      current: roundCurrent(round),
      ...progress(round, here),
      outcomes: round.outcomes,
      turnLength: round.turnLength,
      includeLateJoiners: round.includeLateJoiners,
      shuffled: round.shuffled,
      paused: round.paused,
    },
  };
}

/** Who speaks after the current holder: the round's next person, or the first raised hand. */
export function upNext(view: TurnsView): string | null {
  if (view.goAround) return view.goAround.paused ? view.goAround.current : view.goAround.next;
  return view.queue[0] ?? null;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** True when a timed turn has run past its length at `now` (server time). */
export function isOverTime(floor: Floor | null, now: number): boolean {
  return !!floor && floor.turnLength !== null && now - floor.since > floor.turnLength;
}

declare module '../domain/view-types.js' {
  interface SharedView {
    turns: TurnsView;
  }
}
