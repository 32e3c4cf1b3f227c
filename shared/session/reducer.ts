import type { Command, CommandName } from '../commands.js';
import { own } from '../own.js';
import { checkinDeciders } from '../checkins/decide.js';
import { evolveCheckins } from '../checkins/evolve.js';
import { emptyCheckins } from '../checkins/state.js';
import { signalDeciders } from '../signals/signal-decide.js';
import { evolveSignals } from '../signals/signal-evolve.js';
import { fail } from '../errors.js';
import type { CommandError } from '../errors.js';
import type { Actor, DecideContext } from './actor.js';
import type { Decide, Decision } from './decision.js';
import type { DomainEvent } from './events.js';
import { feedbackDeciders } from '../feedback/feedback-decide.js';
import { evolveFeedback } from '../feedback/feedback-evolve.js';
import { emptyFeedback } from '../feedback/feedback-state.js';
import { evolveSharedMarks, sharedMarksDeciders } from '../feedback/shared-marks.js';
import { commandAudience, mayRun } from './permissions.js';
import { sessionDeciders } from './session-decide.js';
import { evolvePlannedEnd, plannedEndDeciders } from './planned-end.js';
import { NO_CLOSING_INFO, closingDeciders, evolveClosingInfo } from './closing-info.js';
import { evolveSession } from './session-evolve.js';
import type { SessionState } from './state.js';
import { turnsDeciders } from '../turns/decide.js';
import { evolveTurns } from '../turns/evolve.js';
import { emptyTurns } from '../turns/state.js';
import { talkDeciders } from '../talktime/talk-decide.js';
import { evolveTalk } from '../talktime/talk-evolve.js';
import { emptyTalkState } from '../talktime/talk-state.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';

/**
 * The domain's two pure functions, composed from every feature:
 * decide(state, command, actor, ctx) → events, and evolve(state, event) → state.
 * Features register their deciders and evolver here, one line each.
 */
const deciders: { [K in CommandName]: Decide<K> } = {
  ...sessionDeciders,
  ...plannedEndDeciders,
  ...closingDeciders,
  ...turnsDeciders,
  ...checkinDeciders,
  ...signalDeciders,
  ...feedbackDeciders,
  ...sharedMarksDeciders,
  ...talkDeciders,
};

/** Each evolver sees every event, so a feature can react to others' (e.g. a member leaving). */
const evolvers: ReadonlyArray<(state: SessionState, event: DomainEvent) => SessionState> = [
  evolveSession,
  evolvePlannedEnd,
  evolveClosingInfo,
  evolveTurns,
  evolveCheckins,
  evolveSignals,
  evolveFeedback,
  evolveSharedMarks,
  // After evolveTurns: talk time sees the floor as it is after each event and closes the tracker when it moved.
  evolveTalk,
];

/** The state before `session:created`; never visible outside the domain. */
export function emptyState(): SessionState {
  return {
    v: 0,
    sessionId: '',
    groupId: '',
    groupName: '',
    joinCode: '',
    agreement: '',
    language: DEFAULT_LOCALE,
    waitingRoom: false,
    startedAt: 0,
    endedAt: null,
    break: null,
    plannedEndAt: null,
    closingInfo: NO_CLOSING_INFO,
    participants: {},
    order: [],
    turns: emptyTurns(),
    checkins: emptyCheckins(),
    signals: {},
    feedback: emptyFeedback(),
    talk: emptyTalkState(),
  };
}

export function evolve(state: SessionState, event: DomainEvent): SessionState {
  let next = state;
  for (const fn of evolvers) next = fn(next, event);
  return { ...next, v: state.v + 1 };
}

export function replay(events: Iterable<DomainEvent>, from: SessionState = emptyState()): SessionState {
  let state = from;
  for (const e of events) state = evolve(state, e);
  return state;
}

/** Commands a person still outside the room (waiting, declined, removed) may send. */
const OUTSIDE_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['session:leave']);

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
  const run = deciders[command.type] as Decide<typeof command.type>;
  return run(state, command.payload as never, actor, ctx);
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
