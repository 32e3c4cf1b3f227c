import { z } from 'zod';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';

/**
 * The session's planned end: the facilitator sets a length (e.g. 90 minutes from
 * the start) so staff see the time left and a gentle cue near the end. Nothing
 * ends by itself: the session ends only when a facilitator ends it.
 */
export const PLANNED_MINUTES_MAX = 600; // ten hours: longer than any group session
/** Staff get the gentle "10 minutes left" cue from this much time before the planned end. */
export const ENDING_SOON_MS = 10 * 60_000;

export const plannedEndCommandSchemas = {
  /** Minutes from the session's start, or null for no planned end. */
  'session:setPlannedEnd': z.strictObject({ minutes: z.number().int().min(5).max(PLANNED_MINUTES_MAX).nullable() }),
} as const;

export const plannedEndDeciders: DeciderTable<typeof plannedEndCommandSchemas> = {
  'session:setPlannedEnd': (state, { minutes }, _actor, { now }) => {
    const endsAt = minutes === null ? null : state.startedAt + minutes * 60_000;
    if (endsAt === state.plannedEndAt) return accept();
    return accept({ type: 'session:plannedEndSet', at: now, endsAt });
  },
};

export function evolvePlannedEnd(state: SessionState, e: DomainEvent): SessionState {
  if (e.type !== 'session:plannedEndSet') return state;
  return { ...state, plannedEndAt: e.endsAt };
}

export type EndCue = 'none' | 'on-time' | 'ending-soon' | 'past';

/** Where the session stands against its planned end at `now`: what the staff clock says. */
export function endCue(plannedEndAt: number | null, now: number): EndCue {
  if (plannedEndAt === null) return 'none';
  if (now >= plannedEndAt) return 'past';
  return plannedEndAt - now <= ENDING_SOON_MS ? 'ending-soon' : 'on-time';
}
