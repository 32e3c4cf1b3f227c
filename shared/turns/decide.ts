import { fail } from '../errors.js';
import { own } from '../own.js';
import type { Actor } from '../domain/actor.js';
import type { DeciderTable, Decision } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { turnsCommandSchemas } from './schemas.js';
import type { SessionState } from '../domain/state.js';
import { activeBreak } from '../break/state.js';
import { isPresent, isStaffRole, presentMembers } from '../session/state.js';
import { talkTimeByParticipant } from '../talk/time.js';
import { balancedOrder, balancedPosition } from './balanced.js';
import { shuffled } from './go-around.js';
import { hasRaisedHand, queuePosition } from './state.js';

/**
 * Turn-taking rules. The role gate (commandAudience) has already let the sender
 * through; the finer rules (a member acts only on their own hand and turn) are here.
 */

const isMemberOtherThan = (actor: Actor, id: string | undefined) =>
  actor.kind === 'participant' && !isStaffRole(actor.role) && actor.id !== id;

/** The floor moved since the sender looked: refuse, so a double "next" advances once. */
function staleTurn(state: SessionState, expectedTurn: number): Decision | null {
  if (state.turns.turn === expectedTurn) return null;
  return fail('conflict', 'The floor changed a moment ago. Your screen now shows the latest; please check and try again.');
}

function notDuringBreak(state: SessionState, now: number): Decision | null {
  return activeBreak(state, now) ? fail('on_break', 'It is a break right now. The floor opens again after it.') : null;
}

function notDuringRound(state: SessionState): Decision | null {
  return state.turns.goAround
    ? fail('goaround_running', 'A go-around is running. End it first to give the floor freely.')
    : null;
}

export const turnsDeciders: DeciderTable<typeof turnsCommandSchemas> = {
  'turns:raiseHand': (state, _payload, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only a member can raise a hand.');
    const { turns } = state;
    if (hasRaisedHand(turns, actor.id)) return accept();
    const me = own(state.participants, actor.id);
    // The queue holds only people in the room (a leaver's hand is dropped, so it must not come back unseen).
    if (!me || !isPresent(me)) return fail('not_present', 'You are not in the room right now.');
    if (turns.floor?.holderId === actor.id) return fail('has_floor', 'You have the floor right now.');
    const position = turns.balanced
      ? balancedPosition(turns.queue, actor.id, talkTimeByParticipant(state, now))
      : turns.queue.length;
    return accept({ type: 'turns:handRaised', at: now, id: actor.id, position });
  },

  'turns:lowerHand': (state, { participantId }, actor, { now }) => {
    if (isMemberOtherThan(actor, participantId)) return fail('forbidden', 'You can lower only your own hand.');
    if (!own(state.participants, participantId)) return fail('not_found', 'That person is not in this session.');
    if (!hasRaisedHand(state.turns, participantId)) return accept();
    return accept({ type: 'turns:handLowered', at: now, id: participantId });
  },

  'turns:lowerAll': (state, _payload, _actor, { now }) =>
    state.turns.queue.length === 0 ? accept() : accept({ type: 'turns:handsCleared', at: now }),

  'turns:move': (state, { participantId, direction }, _actor, { now }) => {
    const from = queuePosition(state.turns, participantId);
    if (from < 0) return fail('conflict', 'That hand is no longer raised.');
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= state.turns.queue.length) return accept();
    const order = state.turns.queue.map((h) => h.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    return accept({ type: 'turns:queueReordered', at: now, order });
  },

  'turns:next': (state, { expectedTurn }, _actor, { now }) => {
    const refused = staleTurn(state, expectedTurn) ?? notDuringRound(state) ?? notDuringBreak(state, now);
    if (refused) return refused;
    const first = state.turns.queue[0];
    if (!first) return fail('no_hands_raised', 'No hands are raised.');
    return accept({ type: 'turns:floorGiven', at: now, holderId: first.id, source: 'queue' });
  },

  'turns:give': (state, { participantId, expectedTurn }, _actor, { now }) => {
    const refused = staleTurn(state, expectedTurn) ?? notDuringRound(state) ?? notDuringBreak(state, now);
    if (refused) return refused;
    const p = own(state.participants, participantId);
    if (!p || p.admission !== 'admitted') return fail('not_found', 'That person is not in this session.');
    if (!isPresent(p)) return fail('member_not_present', `${p.name} is not in the room right now.`);
    if (state.turns.floor?.holderId === participantId) return accept();
    const source = hasRaisedHand(state.turns, participantId) ? 'queue' : 'direct';
    return accept({ type: 'turns:floorGiven', at: now, holderId: participantId, source });
  },

  'turns:endTurn': (state, { expectedTurn }, actor, { now }) => {
    const { floor, goAround } = state.turns;
    if (isMemberOtherThan(actor, floor?.holderId)) return fail('forbidden', 'Only the person speaking can end their turn.');
    const refused = staleTurn(state, expectedTurn);
    if (refused) return refused;
    if (!floor) return fail('floor_empty', 'Nobody has the floor.');
    if (floor.source === 'goaround' && goAround) return accept({ type: 'turns:goAroundAdvanced', at: now, outcome: 'spoke' });
    const reason = actor.kind === 'participant' && actor.id === floor.holderId ? 'done' : 'taken';
    return accept({ type: 'turns:floorEnded', at: now, reason });
  },

  'turns:pass': (state, { expectedTurn }, actor, { now }) => {
    const { floor, goAround } = state.turns;
    if (isMemberOtherThan(actor, floor?.holderId)) return fail('forbidden', 'You can pass only your own turn.');
    const refused = staleTurn(state, expectedTurn);
    if (refused) return refused;
    if (!goAround || floor?.source !== 'goaround') return fail('not_goaround_turn', 'Passing is for go-around turns.');
    return accept({ type: 'turns:goAroundAdvanced', at: now, outcome: 'passed' });
  },

  'turns:setTurnLength': (state, { seconds }, _actor, { now }) => {
    const turnLength = seconds === null ? null : seconds * 1000;
    if (state.turns.turnLength === turnLength) return accept();
    return accept({ type: 'turns:turnLengthSet', at: now, turnLength });
  },

  'turns:setBalanced': (state, { enabled }, _actor, { now }) => {
    const { turns } = state;
    if (turns.balanced === enabled) return accept();
    const set = { type: 'turns:balancedSet', at: now, enabled } as const;
    if (!enabled) return accept(set);
    const order = balancedOrder(turns.queue, talkTimeByParticipant(state, now));
    const unchanged = order.every((id, i) => turns.queue[i]?.id === id);
    return unchanged ? accept(set) : accept(set, { type: 'turns:queueReordered', at: now, order });
  },

  'turns:startGoAround': (state, { order, seconds, includeLateJoiners }, _actor, { now, random }) => {
    if (state.turns.goAround) return fail('goaround_running', 'A go-around is already running.');
    const refused = notDuringBreak(state, now);
    if (refused) return refused;
    const ids = presentMembers(state).map((p) => p.id);
    if (ids.length === 0) return fail('no_members_present', 'No members are in the room yet.');
    return accept({
      type: 'turns:goAroundStarted',
      at: now,
      order: order === 'shuffled' ? shuffled(ids, random) : ids,
      shuffled: order === 'shuffled',
      turnLength: seconds === null ? null : seconds * 1000,
      includeLateJoiners,
    });
  },

  'turns:resumeGoAround': (state, { expectedTurn }, _actor, { now }) => {
    const refused = staleTurn(state, expectedTurn) ?? notDuringBreak(state, now);
    if (refused) return refused;
    if (!state.turns.goAround) return fail('goaround_not_running', 'There is no go-around running.');
    if (!state.turns.goAround.paused) return fail('conflict', 'The go-around is already running.');
    return accept({ type: 'turns:goAroundResumed', at: now });
  },

  'turns:endGoAround': (state, _payload, _actor, { now }) => {
    if (!state.turns.goAround) return fail('goaround_not_running', 'There is no go-around running.');
    return accept({ type: 'turns:goAroundEnded', at: now });
  },
};

