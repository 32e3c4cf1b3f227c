import { z } from 'zod';
import { fail } from '../errors.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import type { FeedbackItem, FeedbackRound } from './state.js';

/**
 * Whose "this resonates" marks the group sees. A mark is the marker's own: it
 * stays between them and nobody else until they choose to show their marks to
 * the group (for this round). Otherwise the items left unmarked would be public
 * too — a quiet "this did not land" said for them.
 */
export const sharedMarksCommandSchemas = {
  'feedback:shareMarks': z.strictObject({ shared: z.boolean() }),
} as const;

/** Members who show their marks in this round; absent until someone chooses to. */
export function marksSharedBy(round: Pick<FeedbackRound, 'marksShared'>): readonly string[] {
  return round.marksShared ?? [];
}

/** The marks the group may see on an item: those of members who chose to show theirs. */
export function visibleMarks(round: Pick<FeedbackRound, 'marksShared'>, item: Pick<FeedbackItem, 'resonates'>): string[] {
  const shown = marksSharedBy(round);
  return item.resonates.filter((id) => shown.includes(id));
}

export const sharedMarksDeciders: DeciderTable<typeof sharedMarksCommandSchemas> = {
  'feedback:shareMarks': (state, { shared }, actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return fail('no_round_open', 'There is no feedback round open.');
    if (actor.kind !== 'participant' || actor.role !== 'member') return fail('forbidden', 'Only members mark what resonates.');
    if (marksSharedBy(round).includes(actor.id) === shared) return accept();
    return accept({ type: 'feedback:marksShared', at: now, roundId: round.id, memberId: actor.id, shared });
  },
};

export function evolveSharedMarks(state: SessionState, e: DomainEvent): SessionState {
  if (e.type !== 'feedback:marksShared') return state;
  const round = state.feedback.round;
  if (!round || round.id !== e.roundId) return state;
  const others = marksSharedBy(round).filter((id) => id !== e.memberId);
  const marksShared = e.shared ? [...others, e.memberId] : others;
  return { ...state, feedback: { ...state.feedback, round: { ...round, marksShared } } };
}
