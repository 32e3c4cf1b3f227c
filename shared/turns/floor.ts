import type { Floor, TurnsState } from './state.js';

/**
 * The floor's bookkeeping, in one place: every change bumps `turn` and closes
 * the previous holder's interval so talk time never loses or doubles a moment.
 */

/**
 * Replaces the floor (null = nobody). `record`: keep the previous holder's time
 * as a speaking interval; a go-around pass is not speaking, so it is not kept.
 */
export function changeFloor(turns: TurnsState, next: Floor | null, at: number, record = true): TurnsState {
  if (!turns.floor && !next) return turns;
  const prev = turns.floor;
  const floorIntervals =
    prev && record && at > prev.since
      ? [...turns.floorIntervals, { participantId: prev.holderId, from: prev.since, to: at, source: 'floor' as const }]
      : turns.floorIntervals;
  // Whoever gets the floor no longer needs their hand up.
  const queue = next ? turns.queue.filter((h) => h.id !== next.holderId) : turns.queue;
  return { ...turns, floor: next, floorIntervals, queue, turn: turns.turn + 1 };
}
