import { fail } from '../errors.js';
import { own } from '../own.js';
import type { ErrorCode } from '../errors.js';
import type { Actor } from '../domain/actor.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { feedbackCommandSchemas } from './schemas.js';
import type { SessionState } from '../domain/state.js';
import { itemLabel } from './state.js';
import type { FeedbackRound } from './state.js';
import { draftTagOf, hasText, isAdmittedMember, mayResonate, resolveRecipient, whyCannotGive } from './rules.js';

function noRound() {
  return fail('no_round_open', 'There is no feedback round open.');
}

function memberActor(actor: Actor) {
  return actor.kind === 'participant' && actor.role === 'member' ? actor : null;
}

function checkFocus(state: SessionState, focusId: string) {
  if (!isAdmittedMember(state, focusId)) return fail('not_found', 'The focus person must be a member of this group now.');
  if (own(state.participants, focusId)!.presence === 'left') return fail('member_not_present', 'That member has left; please pick someone here now.');
  return null;
}

/** Which code goes with whyCannotGive's reason: the round's phase, or (while writing) the focus member themself. */
function writingRefusal(round: FeedbackRound | null): ErrorCode {
  if (!round) return 'no_round_open';
  if (round.phase === 'consent') return 'round_awaiting_consent';
  if (round.phase === 'revealed') return 'round_revealed';
  return 'forbidden';
}

/** Shared by draft and submit: the round is open to this member, and the parts fit the template. */
function checkWriting(state: SessionState, round: FeedbackRound | null, actor: Actor, parts: string[]) {
  const m = memberActor(actor);
  if (!m) return fail('forbidden', 'Only members give feedback.');
  if (!m.ownerTag) return fail('forbidden', 'This connection cannot write feedback.');
  const why = whyCannotGive(round, m.id);
  if (why) return fail(writingRefusal(round), why);
  if (parts.length !== round!.labels.length) return fail('invalid_payload', `This template has ${round!.labels.length} parts.`);
  return null;
}

export const feedbackDeciders: DeciderTable<typeof feedbackCommandSchemas> = {
  'feedback:start': (state, p, _actor, { now, newId }) => {
    if (state.feedback.round) return fail('round_already_open', 'A feedback round is already open. End it before starting another.');
    let focusId: string | null = null;
    if (p.mode === 'hotSeat') {
      if (!p.focusId) return fail('invalid_payload', 'Please choose the member in the hot seat.');
      const bad = checkFocus(state, p.focusId);
      if (bad) return bad;
      focusId = p.focusId;
    } else if (p.focusId) {
      return fail('invalid_payload', 'Only a hot-seat round has a focus member.');
    }
    return accept({
      type: 'feedback:roundStarted',
      at: now,
      roundId: newId(),
      mode: p.mode,
      focusId,
      labels: p.labels,
      attribution: p.anonymous ? 'anonymous' : 'named',
      writeUntil: p.minutes ? now + p.minutes * 60_000 : null,
    });
  },

  'feedback:setFocus': (state, { focusId }, _actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return noRound();
    if (round.mode !== 'hotSeat') return fail('not_hot_seat', 'Only a hot-seat round has a focus member.');
    if (round.phase !== 'consent') return fail('round_past_consent', 'The focus can change only before feedback is written.');
    const bad = checkFocus(state, focusId);
    if (bad) return bad;
    return accept({ type: 'feedback:focusChanged', at: now, roundId: round.id, focusId });
  },

  'feedback:answerFocus': (state, { open }, actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return noRound();
    if (round.mode !== 'hotSeat' || actor.kind !== 'participant' || round.focusId !== actor.id) {
      return fail('forbidden', 'Only the member in the hot seat answers this.');
    }
    if (round.phase !== 'consent') return fail('round_past_consent', 'You already said you are open to feedback; feedback is being written.');
    return accept({ type: 'feedback:focusAnswered', at: now, roundId: round.id, open });
  },

  'feedback:saveDraft': (state, { recipient, parts }, actor, { now }) => {
    const round = state.feedback.round;
    const bad = checkWriting(state, round, actor, parts);
    if (bad) return bad;
    const tag = actor.kind === 'participant' ? draftTagOf(round!, actor.id, actor.ownerTag!) : '';
    const keep = round!.mode === 'pairs' ? recipient : null;
    return accept({ type: 'feedback:draftSaved', at: now, roundId: round!.id, draftTag: tag, recipient: keep, parts });
  },

  'feedback:submit': (state, { recipient, parts }, actor, { now, newId }) => {
    const round = state.feedback.round;
    const bad = checkWriting(state, round, actor, parts);
    if (bad) return bad;
    if (actor.kind !== 'participant' || !actor.ownerTag) return fail('forbidden', 'Only members give feedback.');
    if (!hasText(parts)) return fail('invalid_payload', 'Please write something in at least one part.');
    const to = resolveRecipient(state, round!, actor.id, recipient);
    if (!to.ok) return fail('forbidden', to.message);
    const ownerTag = actor.ownerTag(itemLabel(round!.id, to.recipient));
    const anonymous = round!.attribution === 'anonymous';
    const already = Object.values(round!.items).some((it) =>
      anonymous ? it.ownerTag === ownerTag : it.giverId === actor.id && it.recipient === to.recipient,
    );
    if (already) return fail('conflict', 'You have already sent feedback to them in this round.');
    return accept({
      type: 'feedback:submitted',
      at: now,
      roundId: round!.id,
      itemId: newId(),
      recipient: to.recipient,
      giverId: anonymous ? null : actor.id,
      ownerTag: anonymous ? ownerTag : null,
      parts: parts.map((p) => p.trim()),
      // This item's draft only: the writer's next draft gets a new tag.
      draftTag: draftTagOf(round!, actor.id, actor.ownerTag),
    });
  },

  'feedback:screen': (state, { itemId, decision, note }, _actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return noRound();
    const item = own(round.items, itemId);
    if (!item) return fail('not_found', 'That feedback item is not in this round.');
    if (round.phase === 'revealed') return fail('round_revealed', 'Feedback was already shared; screening is closed.');
    const status = decision === 'approve' ? 'approved' : 'heldBack';
    return accept({
      type: 'feedback:screened',
      at: now,
      roundId: round.id,
      itemId,
      status,
      note: status === 'heldBack' && note ? note : null,
    });
  },

  'feedback:reveal': (state, _p, _actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return noRound();
    if (round.phase === 'revealed') return fail('conflict', 'Feedback was already shared.');
    if (round.phase === 'consent') return fail('nothing_written', 'Nothing has been written yet.');
    const pending = Object.values(round.items).filter((i) => i.status === 'pending').length;
    if (pending > 0) return fail('screening_pending', `${pending} item${pending === 1 ? '' : 's'} still need screening first.`);
    return accept({ type: 'feedback:revealed', at: now, roundId: round.id });
  },

  'feedback:resonate': (state, { itemId, resonates }, actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return noRound();
    const m = memberActor(actor);
    if (!m) return fail('forbidden', 'Only members mark what resonates.');
    const item = own(round.items, itemId);
    // Unrevealed and held-back items answer exactly like missing ones: nothing about them leaks.
    if (!item || round.phase !== 'revealed' || item.status !== 'approved') return fail('not_found', 'That feedback item is not shown.');
    if (!mayResonate(item, m.id)) return fail('forbidden', 'Only the person this feedback is for can mark it.');
    if (item.resonates.includes(m.id) === resonates) return accept();
    return accept({ type: 'feedback:resonated', at: now, roundId: round.id, itemId, memberId: m.id, resonates });
  },

  'feedback:end': (state, _p, _actor, { now }) => {
    const round = state.feedback.round;
    if (!round) return noRound();
    return accept({ type: 'feedback:roundEnded', at: now, roundId: round.id });
  },
};
