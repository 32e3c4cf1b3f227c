import { fail } from '../errors.js';
import { own } from '../own.js';
import type { Actor } from '../domain/actor.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { SessionState } from '../domain/state.js';
import { shuffled } from '../turns/go-around.js';
import type { momentCommandSchemas } from './schemas.js';
import type { MomentRound } from './state.js';
import { currentMoment, momentLabel } from './state.js';

const SCREENED = { keep: 'kept', share: 'shared', setAside: 'setAside' } as const;

/** The open question and the writer's tag for it, or why this member cannot answer now. */
function openFor(state: SessionState, actor: Actor) {
  if (actor.kind !== 'participant' || actor.role !== 'member') return fail('forbidden', 'Only members answer the moment question.');
  if (!actor.ownerTag) return fail('forbidden', 'This connection cannot answer anonymously.');
  const round = currentMoment(state);
  if (!round || round.closedAt !== null) return fail('not_found', 'The moment question is not open.');
  return { round, tag: actor.ownerTag(momentLabel(round.id)) };
}

const hasWritten = (round: MomentRound, tag: string) => Object.values(round.answers).some((a) => a.ownerTag === tag);

export const momentDeciders: DeciderTable<typeof momentCommandSchemas> = {
  'moment:open': (state, { question }, _actor, { now, newId }) => {
    if (currentMoment(state)?.closedAt === null) return fail('conflict', 'The moment question is already open.');
    return accept({ type: 'moment:opened', at: now, roundId: newId(), question: question ?? null });
  },
  'moment:write': (state, { text }, actor, { now, newId }) => {
    const open = openFor(state, actor);
    if ('ok' in open) return open;
    if (hasWritten(open.round, open.tag)) return fail('conflict', 'You have already sent your moment for this question.');
    return accept({ type: 'moment:written', at: now, roundId: open.round.id, answerId: newId(), ownerTag: open.tag, text });
  },
  'moment:skip': (state, _payload, actor, { now }) => {
    const open = openFor(state, actor);
    if ('ok' in open) return open;
    if (hasWritten(open.round, open.tag) || open.round.skipTags.includes(open.tag)) return fail('conflict', 'You have already answered this question.');
    return accept({ type: 'moment:skipped', at: now, roundId: open.round.id, ownerTag: open.tag });
  },
  'moment:screen': (state, { answerId, decision }, _actor, { now }) => {
    const round = currentMoment(state);
    const answer = round && own(round.answers, answerId);
    if (!round || !answer) return fail('not_found', 'That moment is not in the current question.');
    if (answer.revealed) return fail('conflict', 'That moment is already shown to the group.');
    return accept({ type: 'moment:screened', at: now, roundId: round.id, answerId, status: SCREENED[decision] });
  },
  'moment:reveal': (state, _payload, _actor, { now, random }) => {
    const round = currentMoment(state);
    if (!round) return fail('not_found', 'There is no moment question.');
    const chosen = Object.values(round.answers).filter((a) => a.status === 'shared' && !a.revealed).map((a) => a.id);
    if (chosen.length === 0) return fail('conflict', 'Choose at least one moment to share first.');
    return accept({ type: 'moment:revealed', at: now, roundId: round.id, answerIds: shuffled(chosen, random) });
  },
  'moment:close': (state, _payload, _actor, { now }) => {
    const round = currentMoment(state);
    if (!round || round.closedAt !== null) return fail('not_found', 'The moment question is not open.');
    return accept({ type: 'moment:closed', at: now, roundId: round.id });
  },
};
