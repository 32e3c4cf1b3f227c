import type { FeedbackMode, RecipientKey } from '../../../../shared/feedback/state';
import { GROUP } from '../../../../shared/feedback/state';
import type { FeedbackRoundView } from '../../../../shared/feedback/views';
import type { FeedbackModel } from './useFeedback';
import type { MessageId, Translate } from '../../i18n/useT';

/** Plain words for the feedback UI, shared by the member view and the console. */
export const MODE_NAMES: Record<FeedbackMode, MessageId> = {
  hotSeat: 'feedback.mode.hotSeat',
  pairs: 'feedback.mode.pairs',
  group: 'feedback.mode.group',
};

export function nameOf(t: Translate, fb: Pick<FeedbackModel, 'roster'>, id: string | null | undefined): string {
  if (!id) return t('feedback.someone');
  return fb.roster[id]?.name ?? t('feedback.someoneWhoLeft');
}

export function recipientName(t: Translate, fb: Pick<FeedbackModel, 'roster'>, key: RecipientKey): string {
  return key === GROUP ? t('feedback.theGroup') : nameOf(t, fb, key);
}

/** "Feedback for Ann", "Feedback, member to member", "Feedback to the group". */
export function roundTitle(t: Translate, fb: Pick<FeedbackModel, 'roster'>, round: FeedbackRoundView): string {
  if (round.mode === 'hotSeat') return round.focusId ? t('feedback.titleFor', { name: nameOf(t, fb, round.focusId) }) : t('feedback.titleHotSeat');
  return round.mode === 'pairs' ? t('feedback.titlePairs') : t('feedback.titleGroup');
}

export function attributionText(t: Translate, round: Pick<FeedbackRoundView, 'attribution'>): string {
  return round.attribution === 'anonymous' ? t('feedback.anonymous') : t('feedback.named');
}

export function countText(t: Translate, n: number): string {
  return t('feedback.count', { count: n });
}

/** Admitted members other than `me`, in roster order: who a giver may choose. */
export function otherMembers(fb: Pick<FeedbackModel, 'roster' | 'order'>, me: string): Array<{ id: string; name: string }> {
  return fb.order
    .filter((id) => id !== me && fb.roster[id]?.role === 'member')
    .map((id) => ({ id, name: fb.roster[id]!.name }));
}
