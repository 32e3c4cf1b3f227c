import type { RaisedHand } from './state.js';

/**
 * Balanced queue: raised hands ordered by least talk time so far, ties by who
 * raised first. Talk time comes from talkTimeByParticipant (shared/talk),
 * passed in here so these stay tiny pure functions.
 */

const talkOf = (talk: Readonly<Record<string, number>>, id: string) => talk[id] ?? 0;

/**
 * Where a newly raised hand goes: before the first queued person who has
 * spoken longer. The newcomer raised last, so among equals they go after.
 * Placing (rather than re-sorting the queue) keeps a facilitator's manual moves.
 */
export function balancedPosition(queue: readonly RaisedHand[], id: string, talk: Readonly<Record<string, number>>): number {
  const mine = talkOf(talk, id);
  const i = queue.findIndex((h) => talkOf(talk, h.id) > mine);
  return i < 0 ? queue.length : i;
}

/** The whole queue in balanced order (used when the switch is turned on). */
export function balancedOrder(queue: readonly RaisedHand[], talk: Readonly<Record<string, number>>): string[] {
  return [...queue]
    .sort((a, b) => talkOf(talk, a.id) - talkOf(talk, b.id) || a.raisedAt - b.raisedAt)
    .map((h) => h.id);
}
