import type { OwnerTagger } from '../domain/actor.js';
import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { FeedbackItem, FeedbackRound, RecipientKey } from './state.js';
import { draftLabel, GROUP, itemLabel } from './state.js';

/**
 * Pure predicates shared by the server (which enforces them in decide) and the
 * client (which only uses them to show or hide controls).
 */

export function isAdmittedMember(state: SessionState, id: string): boolean {
  const p = own(state.participants, id);
  return !!p && p.role === 'member' && p.admission === 'admitted';
}

/** Why a member cannot write in this round right now, or null when they can. */
export function whyCannotGive(round: FeedbackRound | null, memberId: string): string | null {
  if (!round) return 'There is no feedback round open.';
  if (round.phase === 'consent') return 'The round starts once the focus member says they are open to feedback.';
  if (round.phase === 'revealed') return 'Feedback has been shared for this round; it takes no more items.';
  if (round.mode === 'hotSeat' && round.focusId === memberId) return 'This round is feedback for you, so you receive rather than give.';
  return null;
}

/** Where an item from `giverId` goes, given what they asked for; a string error when not allowed. */
export function resolveRecipient(
  state: SessionState,
  round: FeedbackRound,
  giverId: string,
  requested: string | null,
): { ok: true; recipient: RecipientKey } | { ok: false; message: string } {
  switch (round.mode) {
    case 'hotSeat':
      return { ok: true, recipient: round.focusId! };
    case 'group':
      return { ok: true, recipient: GROUP };
    case 'pairs':
      if (requested === null) return { ok: false, message: 'Please choose who your feedback is for.' };
      if (requested === giverId) return { ok: false, message: 'Feedback goes to someone else; please choose another member.' };
      if (!isAdmittedMember(state, requested)) return { ok: false, message: 'That person is not a member of this group now.' };
      return { ok: true, recipient: requested };
  }
}

/** Members a giver may choose in member-to-member mode, in roster order. */
export function choosableRecipients(state: SessionState, giverId: string): string[] {
  return state.order.filter((id) => id !== giverId && isAdmittedMember(state, id));
}

/** The recipient marks what resonates; for feedback to the group, any member may. */
export function mayResonate(item: Pick<FeedbackItem, 'recipient'>, memberId: string): boolean {
  return item.recipient === GROUP || item.recipient === memberId;
}

export function hasText(parts: readonly string[]): boolean {
  return parts.some((p) => p.trim().length > 0);
}

/** Whether an item is this member's: a named one by its giver id, an anonymous one by the tag only their connection can make. */
export function isOwnItem(round: FeedbackRound, item: FeedbackItem, memberId: string, owner?: OwnerTagger): boolean {
  return item.giverId === null ? !!owner && item.ownerTag === owner(itemLabel(round.id, item.recipient)) : item.giverId === memberId;
}

/** The key of the draft this member is writing now: it changes with every item they send, so stored drafts do not group their items. */
export function draftTagOf(round: FeedbackRound, memberId: string, owner: OwnerTagger): string {
  let sent = 0;
  for (const item of Object.values(round.items)) if (isOwnItem(round, item, memberId, owner)) sent++;
  return owner(draftLabel(round.id, sent));
}
