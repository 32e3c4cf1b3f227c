/**
 * The group's break: a start and an end time, nothing that ticks. The latest
 * break stays after it ends, with endsAt in the past (break:end moves endsAt
 * to the moment it was ended).
 */
export interface BreakState {
  startedAt: number;
  endsAt: number;
}

/** A break is over as soon as its time is up, even if nobody pressed "end break". */
export function activeBreak(state: { break: BreakState | null }, now: number): BreakState | null {
  return state.break && now < state.break.endsAt ? state.break : null;
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** The latest break, or null if there was none. */
    break: BreakState | null;
  }
}
