import type { Command, CommandName } from '../commands.js';
import { own } from '../own.js';
import { fail } from '../errors.js';
import type { CommandError } from '../errors.js';
import type { Actor, DecideContext } from './actor.js';
import type { Decide, Decision } from './decision.js';
import type { DomainEvent } from './events.js';
import { FEATURES } from './features.js';
import { commandAudience, mayRun } from './permissions.js';
import type { SessionState } from './state.js';

/**
 * The domain's two pure functions, composed from every feature of the list
 * (features.ts): decide(state, command, actor, ctx) → events, and
 * evolve(state, event) → state.
 */
const deciders = Object.assign({}, ...FEATURES.map((f) => f.deciders)) as Record<CommandName, Decide<unknown>>;

/** Each evolver sees every event, so a feature can react to others' (e.g. a member leaving). */
const evolvers = FEATURES.map((f) => f.evolve);

/** The state before `session:created`; never visible outside the domain. */
export function emptyState(): SessionState {
  return Object.assign({}, ...FEATURES.map((f) => f.initialState?.())) as SessionState;
}

export function evolve(state: SessionState, event: DomainEvent): SessionState {
  let next = state;
  for (const fn of evolvers) next = fn(next, event);
  return { ...next, v: state.v + 1, lastEventAt: Math.max(state.lastEventAt, event.at) };
}

export function replay(events: Iterable<DomainEvent>, from: SessionState = emptyState()): SessionState {
  let state = from;
  for (const e of events) state = evolve(state, e);
  return state;
}

/** Commands a person still outside the room (waiting, declined, removed) may send. */
const OUTSIDE_COMMANDS: ReadonlySet<string> = new Set(FEATURES.flatMap((f) => f.outsideCommands ?? []));

/** Gatekeeping common to every command, then the command's own rules. */
export function decide(state: SessionState, command: Command, actor: Actor, ctx: DecideContext): Decision {
  if (state.endedAt !== null) return fail('session_ended', 'This session has ended.');
  if (actor.kind === 'participant') {
    const p = own(state.participants, actor.id);
    if (!p) return fail('unauthorized', 'You are not part of this session.');
    if (p.admission !== 'admitted' && !OUTSIDE_COMMANDS.has(command.type)) {
      return fail('forbidden', p.admission === 'waiting' ? 'You are still in the waiting room.' : 'You are no longer in this session.');
    }
    // Leaving is final for a member's commands until they come back (reconnecting makes them present again).
    if (p.role === 'member' && p.presence === 'left' && !OUTSIDE_COMMANDS.has(command.type)) {
      return fail('not_present', 'You have left this session. Come back in to take part again.');
    }
    if (!mayRun(p.role, command.type)) {
      return fail('forbidden', commandAudience[command.type] === 'member' ? 'Only members can do that.' : 'Only the facilitators can do that.');
    }
  }
  return deciders[command.type](state, command.payload, actor, ctx);
}

export type Reduced = { ok: true; state: SessionState; events: DomainEvent[] } | { ok: false; error: CommandError };

/** (state, command, actor, now) → new state and events, or an error that changes nothing. */
export function reduce(state: SessionState, command: Command, actor: Actor, ctx: DecideContext): Reduced {
  const decision = decide(state, command, actor, ctx);
  if (!decision.ok) return decision;
  return { ok: true, state: replay(decision.events, state), events: decision.events };
}

/** The opening events of a new session: its creation and its first facilitator. */
export function creationEvents(input: {
  sessionId: string;
  groupId: string;
  groupName: string;
  joinCode: string;
  agreement: string;
  language?: string;
  waitingRoom: boolean;
  facilitatorId: string;
  facilitatorName: string;
  now: number;
}): DomainEvent[] {
  const { now } = input;
  return [
    {
      type: 'session:created',
      at: now,
      sessionId: input.sessionId,
      groupId: input.groupId,
      groupName: input.groupName,
      joinCode: input.joinCode,
      agreement: input.agreement,
      ...(input.language ? { language: input.language } : {}),
      waitingRoom: input.waitingRoom,
    },
    { type: 'participant:joined', at: now, id: input.facilitatorId, name: input.facilitatorName, role: 'facilitator', admission: 'admitted' },
  ];
}
