import type { FeedbackMode, RecipientKey } from '../../../../shared/feedback/feedback-state';
import { GROUP } from '../../../../shared/feedback/feedback-state';
import type { FeedbackRoundView } from '../../../../shared/feedback/feedback-views';
import type { ClientView } from '../../../../shared/session/views';

/** Plain words for the feedback UI, shared by the member view and the console. */
export const MODE_NAMES: Record<FeedbackMode, string> = {
  hotSeat: 'Hot seat',
  pairs: 'Member to member',
  group: 'To the group',
};

export function nameOf(view: ClientView, id: string | null | undefined): string {
  if (!id) return 'someone';
  return view.shared?.roster[id]?.name ?? 'someone who has left';
}

export function recipientName(view: ClientView, key: RecipientKey): string {
  return key === GROUP ? 'the group' : nameOf(view, key);
}

/** "Feedback for Ann (hot seat)", "Member to member", "To the group". */
export function roundTitle(view: ClientView, round: FeedbackRoundView): string {
  if (round.mode === 'hotSeat') return round.focusId ? `Feedback for ${nameOf(view, round.focusId)}` : 'Hot-seat feedback';
  return round.mode === 'pairs' ? 'Feedback, member to member' : 'Feedback to the group';
}

export function attributionText(round: Pick<FeedbackRoundView, 'attribution'>): string {
  return round.attribution === 'anonymous'
    ? 'Anonymous: nobody sees who wrote an item, facilitators included.'
    : 'Named: each item shows who wrote it.';
}

export function countText(n: number): string {
  if (n === 0) return 'No items are in yet';
  return n === 1 ? '1 item is in' : `${n} items are in`;
}

/** Admitted members other than `me`, in roster order: who a giver may choose. */
export function otherMembers(view: ClientView, me: string): Array<{ id: string; name: string }> {
  const shared = view.shared;
  if (!shared) return [];
  return shared.order
    .filter((id) => id !== me && shared.roster[id]?.role === 'member')
    .map((id) => ({ id, name: shared.roster[id]!.name }));
}
