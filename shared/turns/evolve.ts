import { assertNever } from '../errors.js';
import { own } from '../own.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import { isPresent } from '../session/state.js';
import type { TurnsEvent } from './events.js';
import { TURNS_EVENT_TYPES } from './events.js';
import { changeFloor } from './floor.js';
import type { Here } from './go-around.js';
import { advance, arrive, seek } from './go-around.js';
import type { GoAround, TurnsState } from './state.js';
import { roundCurrent } from './state.js';

function isTurnsEvent(e: DomainEvent): e is TurnsEvent {
  return TURNS_EVENT_TYPES.has(e.type);
}

const hereIn =
  (state: SessionState): Here =>
  (id) => {
    const p = own(state.participants, id);
    return !!p && isPresent(p);
  };

/**
 * Puts the round (or its end, null) in place and hands the floor to whoever is
 * up. `record`: whether the outgoing holder's time counts as speaking.
 */
function withRound(turns: TurnsState, round: GoAround | null, at: number, record: boolean): TurnsState {
  if (!round) {
    const floor = turns.floor?.source === 'goaround' ? null : turns.floor;
    return { ...(floor === turns.floor ? turns : changeFloor(turns, null, at, record)), goAround: null };
  }
  const holderId = roundCurrent(round)!;
  if (round.paused) return { ...changeFloor(turns, null, at, record), goAround: round };
  if (turns.floor?.holderId === holderId && turns.floor.source === 'goaround') return { ...turns, goAround: round };
  const floor = { holderId, since: at, turnLength: round.turnLength, source: 'goaround' as const };
  return { ...changeFloor(turns, floor, at, record), goAround: round };
}

function applyTurnsEvent(state: SessionState, e: TurnsEvent): TurnsState {
  const turns = state.turns;
  const here = hereIn(state);
  switch (e.type) {
    case 'turns:handRaised': {
      if (turns.queue.some((h) => h.id === e.id)) return turns;
      const queue = [...turns.queue];
      queue.splice(Math.min(e.position, queue.length), 0, { id: e.id, raisedAt: e.at });
      return { ...turns, queue };
    }
    case 'turns:handLowered':
      return { ...turns, queue: turns.queue.filter((h) => h.id !== e.id) };
    case 'turns:handsCleared':
      return { ...turns, queue: [] };
    case 'turns:queueReordered': {
      const byId = new Map(turns.queue.map((h) => [h.id, h]));
      const queue = e.order.flatMap((id) => byId.get(id) ?? []);
      // Anyone the event did not list keeps their hand, at the end.
      const rest = turns.queue.filter((h) => !e.order.includes(h.id));
      return { ...turns, queue: [...queue, ...rest] };
    }
    case 'turns:floorGiven':
      return changeFloor(turns, { holderId: e.holderId, since: e.at, turnLength: turns.turnLength, source: e.source }, e.at);
    case 'turns:floorEnded':
      return changeFloor(turns, null, e.at);
    case 'turns:turnLengthSet': {
      // The current turn follows the new setting, unless it belongs to a go-around with its own.
      const floor = turns.floor && turns.floor.source !== 'goaround' ? { ...turns.floor, turnLength: e.turnLength } : turns.floor;
      return { ...turns, turnLength: e.turnLength, floor };
    }
    case 'turns:balancedSet':
      return { ...turns, balanced: e.enabled };
    case 'turns:goAroundStarted': {
      const round: GoAround = {
        startedAt: e.at,
        shuffled: e.shuffled,
        order: e.order,
        revisit: [],
        revisiting: false,
        index: 0,
        outcomes: {},
        turnLength: e.turnLength,
        includeLateJoiners: e.includeLateJoiners,
        paused: false,
      };
      return withRound(turns, seek(round, here), e.at, true);
    }
    case 'turns:goAroundAdvanced':
      if (!turns.goAround) return turns;
      return withRound(turns, advance(turns.goAround, e.outcome, here), e.at, e.outcome === 'spoke');
    case 'turns:goAroundResumed':
      if (!turns.goAround) return turns;
      return withRound(turns, seek({ ...turns.goAround, paused: false }, here), e.at, true);
    case 'turns:goAroundEnded':
      return withRound(turns, null, e.at, true);
    default:
      return assertNever(e, 'turns event');
  }
}

/** Someone's place in the room changed: keep the queue, the floor and the round to people who are here. */
function afterPresenceChange(state: SessionState, id: string, at: number): TurnsState {
  const turns = state.turns;
  const here = hereIn(state);
  if (here(id)) {
    const p = own(state.participants, id)!;
    if (!turns.goAround || p.role !== 'member') return turns;
    const round = arrive(turns.goAround, id);
    return round === turns.goAround ? turns : { ...turns, goAround: round };
  }
  let next = turns.queue.some((h) => h.id === id) ? { ...turns, queue: turns.queue.filter((h) => h.id !== id) } : turns;
  if (next.floor?.holderId !== id) return next;
  if (next.floor.source === 'goaround' && next.goAround) return withRound(next, advance(next.goAround, 'spoke', here), at, true);
  next = changeFloor(next, null, at);
  return next;
}

/** Turn-taking's evolver: its own events, and the room's changes it must follow. */
export function evolveTurns(state: SessionState, e: DomainEvent): SessionState {
  if (isTurnsEvent(e)) return { ...state, turns: applyTurnsEvent(state, e) };
  switch (e.type) {
    case 'presence:changed':
    case 'participant:admitted':
    case 'participant:removed':
    case 'participant:declined':
      return { ...state, turns: afterPresenceChange(state, e.id, e.at) };
    case 'break:started': {
      // Nobody speaks through a break: the floor closes, a round waits at the person who was up.
      const round = state.turns.goAround ? { ...state.turns.goAround, paused: true } : null;
      return { ...state, turns: { ...changeFloor(state.turns, null, e.at), goAround: round } };
    }
    case 'session:ended':
      return { ...state, turns: { ...changeFloor(state.turns, null, e.at), goAround: null } };
    default:
      return state;
  }
}
