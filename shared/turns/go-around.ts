import type { GoAround } from './state.js';
import { own } from '../own.js';
import { roundCurrent, roundList } from './state.js';

/**
 * Go-around stepping, pure. A round walks `order` (the first pass), then
 * `revisit` (those who passed, offered a turn again at the end). People not in
 * the room when their step comes are skipped; if they come back before the
 * round ends they are offered a turn at the end too.
 */

export type Here = (id: string) => boolean;

/** Moves to the first person in the room at or after the current step; null when the round is over. */
export function seek(round: GoAround, here: Here): GoAround | null {
  let r = round;
  for (;;) {
    const list = roundList(r);
    while (r.index < list.length && !here(list[r.index]!)) {
      r = { ...r, outcomes: { ...r.outcomes, [list[r.index]!]: 'skipped' }, index: r.index + 1 };
    }
    if (r.index < list.length) return r;
    if (r.revisiting || r.revisit.length === 0) return null;
    r = { ...r, revisiting: true, index: 0 };
  }
}

/** The person up spoke or passed; a first-pass pass earns an offer at the end. */
export function advance(round: GoAround, outcome: 'spoke' | 'passed', here: Here): GoAround | null {
  const current = roundCurrent(round);
  if (current === null) return seek(round, here);
  const revisit = outcome === 'passed' && !round.revisiting ? [...round.revisit, current] : round.revisit;
  return seek({ ...round, revisit, outcomes: { ...round.outcomes, [current]: outcome }, index: round.index + 1 }, here);
}

/** Still to come in this round (at or after the current step, or waiting for the revisit). */
export function isPending(round: GoAround, id: string): boolean {
  if (round.revisiting) return round.revisit.indexOf(id, round.index) >= 0;
  return round.order.indexOf(id, round.index) >= 0 || round.revisit.includes(id);
}

/**
 * A member came into the room while the round runs. Someone skipped while away
 * is offered a turn at the end; a newcomer is added at the end when the round
 * allows late joiners (to the first pass if it is still running).
 */
export function arrive(round: GoAround, id: string): GoAround {
  if (isPending(round, id)) return round;
  const known = round.order.includes(id) || round.revisit.includes(id);
  if (known) return own(round.outcomes, id) === 'skipped' ? { ...round, revisit: [...round.revisit, id] } : round;
  if (!round.includeLateJoiners) return round;
  return round.revisiting ? { ...round, revisit: [...round.revisit, id] } : { ...round, order: [...round.order, id] };
}

/** "3 of 8" and who follows, for views. `next` looks past people no longer in the room. */
export function progress(round: GoAround, here: Here): { step: number; total: number; next: string | null } {
  const list = roundList(round);
  const after = seek({ ...round, index: round.index + 1 }, here);
  return { step: Math.min(round.index + 1, list.length), total: list.length, next: after ? roundCurrent(after) : null };
}

/** Fisher–Yates with the decision's random source; the result goes into the event. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
