/**
 * "The moment that mattered": at the end of a session the facilitator asks what
 * the most important moment was; members write one (or skip), anonymously; staff
 * screen each answer and may share chosen ones with the group, without author.
 *
 * Privacy (docs/feedback-privacy.md, the same machinery as anonymous feedback): an
 * answer holds NO participant id, here, in the log or on the wire. Its `ownerTag`
 * is derived from the writer's secret token and the question's id, so only their
 * connection recognises it (to show "you answered"); the database cannot link it
 * to anyone, and a writer's answers to two questions share nothing. A skip is
 * kept the same way, so "who has answered" exists nowhere either.
 */

/** pending: not screened yet; kept: for staff's records; shared: chosen for the group; setAside: neither. */
export const MOMENT_STATUSES = ['pending', 'kept', 'shared', 'setAside'] as const;
export type MomentStatus = (typeof MOMENT_STATUSES)[number];

export interface MomentAnswer {
  id: string;
  /** See the file comment; never in a view. */
  ownerTag: string;
  text: string;
  status: MomentStatus;
  /** Shown to the group (it was shared and the facilitator revealed it). */
  revealed: boolean;
}

export interface MomentRound {
  id: string;
  /** The facilitator's own wording, or null for the catalog's default question. */
  question: string | null;
  openedAt: number;
  /** When writing stopped; screening and sharing go on after. */
  closedAt: number | null;
  answers: Record<string, MomentAnswer>;
  /** The owner tags of members who chose to skip. */
  skipTags: string[];
  /** Revealed answers in the order the group sees them: shuffled at each reveal, never arrival order. */
  revealOrder: string[];
}

export interface MomentState {
  /** Every question of the session, in order; the last is the current one. */
  rounds: MomentRound[];
}

/** The tag label of a member's answer or skip to one question. */
export const momentLabel = (roundId: string) => `moment:${roundId}`;

export function currentMoment(state: { moment: MomentState }): MomentRound | null {
  return state.moment.rounds[state.moment.rounds.length - 1] ?? null;
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** The moment that mattered. */
    moment: MomentState;
  }
}
