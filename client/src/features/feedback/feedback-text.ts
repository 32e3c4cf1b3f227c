import type { FeedbackMode, RecipientKey } from '../../../../shared/feedback/state';
import { GROUP } from '../../../../shared/feedback/state';
import type { FeedbackRoundView } from '../../../../shared/feedback/views';
import type { ClientView } from '../../../../shared/domain/views';
import type { MessageId, Translate } from '../../i18n/useT';

/** Plain words for the feedback UI, shared by the member view and the console. */
export const MODE_NAMES: Record<FeedbackMode, MessageId> = {
  hotSeat: 'feedback.mode.hotSeat',
  pairs: 'feedback.mode.pairs',
  group: 'feedback.mode.group',
};

export function nameOf(t: Translate, view: ClientView, id: string | null | undefined): string {
  if (!id) return t('feedback.someone');
  return view.shared?.roster[id]?.name ?? t('feedback.someoneWhoLeft');
}

export function recipientName(t: Translate, view: ClientView, key: RecipientKey): string {
  return key === GROUP ? t('feedback.theGroup') : nameOf(t, view, key);
}

/** "Feedback for Ann", "Feedback, member to member", "Feedback to the group". */
export function roundTitle(t: Translate, view: ClientView, round: FeedbackRoundView): string {
  if (round.mode === 'hotSeat') return round.focusId ? t('feedback.titleFor', { name: nameOf(t, view, round.focusId) }) : t('feedback.titleHotSeat');
  return round.mode === 'pairs' ? t('feedback.titlePairs') : t('feedback.titleGroup');
}

export function attributionText(t: Translate, round: Pick<FeedbackRoundView, 'attribution'>): string {
  return round.attribution === 'anonymous' ? t('feedback.anonymous') : t('feedback.named');
}

export function countText(t: Translate, n: number): string {
  return t('feedback.count', { count: n });
}

/** Admitted members other than `me`, in roster order: who a giver may choose. */
export function otherMembers(view: ClientView, me: string): Array<{ id: string; name: string }> {
  const shared = view.shared;
  if (!shared) return [];
  return shared.order
    .filter((id) => id !== me && shared.roster[id]?.role === 'member')
    .map((id) => ({ id, name: shared.roster[id]!.name }));
}
