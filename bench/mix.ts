import { isCommandName } from '../shared/commands.js';
import type { ActorRole } from './lib/wire.js';

/**
 * The scripted command mix every scenario plays, per room, in a loop. Each
 * step names the command (as registered on main), who sends it and its payload.
 * The cycle leaves the room as it found it, so it repeats forever and every
 * command is accepted and changes something (an error or a no-op is counted
 * as an error: the script would be out of step).
 *
 * Sections switch on by themselves once their commands are on main (the
 * feature branch merged): turn-taking, the talk-time tracker, check-ins, the
 * private signal, feedback rounds. Shared notes are edits over the notes
 * WebSocket, not commands (`via: 'notes'`).
 * Payloads that quote the room (the turn count, the check-in id) read the
 * sender's own view (`ctx.view`), as the real client does.
 *
 * Rate limits: each socket may send 5 commands/s (burst 15, server/config.ts).
 * At 5 commands/s per room no sender may own more than ~3/4 of the steps; the
 * mix below gives the facilitator and co-facilitator under 2/s each.
 */
export interface MixContext {
  /** How many times the whole cycle has run in this room. */
  cycle: number;
  /** Members' participant ids in the room (Attune), or placeholders (relay). */
  memberIds: string[];
  /** The member index this step is about (rotates with the cycle, plus the step's offset). */
  member: number;
  /** The sender's current view (Attune; null for the relay, which takes any payload). */
  view: View | null;
}

// Only the few view fields the script reads; the rest is not typed here.
type View = { shared?: { turns?: { turn?: number }; checkin?: { id?: string } } | null };

export interface MixStep {
  name: string;
  actor: ActorRole;
  /** For member steps and member ids in payloads: which member, relative to the cycle's. */
  memberOffset?: number;
  /**
   * `notes`: not a Socket.IO command but an edit of the shared notes, sent as a
   * y-websocket update over the sender's notes connection (Attune); the relay
   * gets the payload as an event under the step's name, like any other step.
   */
  via?: 'notes';
  payload: (ctx: MixContext) => Record<string, unknown>;
}

const turn = (ctx: MixContext) => ctx.view?.shared?.turns?.turn ?? 0;
const has = (...names: string[]) => names.every(isCommandName);

const TURNS: MixStep[] = has('turns:raiseHand', 'turns:next', 'turns:endTurn')
  ? [
      { name: 'turns:raiseHand', actor: 'member', payload: () => ({}) },
      { name: 'turns:raiseHand', actor: 'member', memberOffset: 1, payload: () => ({}) },
      { name: 'turns:next', actor: 'facilitator', payload: (c) => ({ expectedTurn: turn(c) }) },
      ...(has('talk:track') ? [{ name: 'talk:track', actor: 'cofacilitator', payload: (c) => ({ speaker: c.memberIds[c.member] }) } as MixStep] : []),
      { name: 'turns:endTurn', actor: 'member', payload: (c) => ({ expectedTurn: turn(c) }) },
      { name: 'turns:next', actor: 'facilitator', payload: (c) => ({ expectedTurn: turn(c) }) },
      ...(has('talk:track')
        ? [{ name: 'talk:track', actor: 'cofacilitator', memberOffset: 1, payload: (c) => ({ speaker: c.memberIds[c.member] }) } as MixStep]
        : []),
      // Ending a turn also ends the tracker's interval, so no "nobody" tap is needed here.
      { name: 'turns:endTurn', actor: 'member', memberOffset: 1, payload: (c) => ({ expectedTurn: turn(c) }) },
    ]
  : [];

const checkinId = (ctx: MixContext) => ctx.view?.shared?.checkin?.id ?? 'none';

/** A scale check-in: started, answered by four members (the minimum is 3), revealed, closed. */
const CHECKINS: MixStep[] = has('checkin:start', 'checkin:answer', 'checkin:reveal', 'checkin:close')
  ? [
      {
        name: 'checkin:start',
        actor: 'facilitator',
        payload: () => ({ prompt: 'How are you arriving today?', format: { kind: 'scale', low: 'low', high: 'great' } }),
      },
      ...[0, 1, 2, 3].map(
        (offset): MixStep => ({
          name: 'checkin:answer',
          actor: 'member',
          memberOffset: offset,
          payload: (c) => ({ checkinId: checkinId(c), value: (c.cycle + offset) % 11 }),
        }),
      ),
      { name: 'checkin:reveal', actor: 'facilitator', payload: (c) => ({ checkinId: checkinId(c) }) },
      { name: 'checkin:close', actor: 'facilitator', payload: (c) => ({ checkinId: checkinId(c) }) },
    ]
  : [];

/** The private signal: a member sends it, the facilitator acknowledges it (then the member may send again). */
const SIGNALS: MixStep[] = has('signal:send', 'signal:acknowledge')
  ? [
      { name: 'signal:send', actor: 'member', memberOffset: 2, payload: () => ({ text: 'I need a moment' }) },
      { name: 'signal:acknowledge', actor: 'facilitator', memberOffset: 2, payload: (c) => ({ memberId: c.memberIds[c.member] }) },
    ]
  : [];

/** A group feedback round: opened, two members write, closed. */
const FEEDBACK: MixStep[] = has('feedback:start', 'feedback:submit', 'feedback:end')
  ? [
      { name: 'feedback:start', actor: 'facilitator', payload: () => ({ mode: 'group', labels: ['What helped', 'What to try'], anonymous: false }) },
      ...[3, 4].map(
        (offset): MixStep => ({
          name: 'feedback:submit',
          actor: 'member',
          memberOffset: offset,
          payload: (c) => ({ recipient: null, parts: [`Round ${c.cycle}: the check-in helped`, 'More time for pairs'] }),
        }),
      ),
      { name: 'feedback:end', actor: 'cofacilitator', payload: () => ({}) },
    ]
  : [];

/**
 * Shared notes: the facilitator, then the co-facilitator, rewrites their line
 * (the line they typed a cycle earlier deleted, a short one typed in its
 * place, one Yjs update), so the notes stay two lines long however long the
 * run. The server has no rate limit on notes updates, only a message size
 * (1 MiB) and `notes:ticket` requests (20 per 10 s, one per connection here).
 * First in the cycle, so a --quick run's few steps per room play them too.
 */
const NOTES: MixStep[] = (['facilitator', 'cofacilitator'] as const).map((actor) => ({
  name: 'notes:type',
  actor,
  via: 'notes',
  payload: (c) => ({ line: `Cycle ${c.cycle}: the check-in went round, pairs next time` }),
}));

const SESSION: MixStep[] = [
  { name: 'session:setWaitingRoom', actor: 'cofacilitator', payload: () => ({ enabled: true }) },
  { name: 'break:start', actor: 'facilitator', payload: () => ({ minutes: 5 }) },
  { name: 'break:end', actor: 'facilitator', payload: () => ({}) },
  { name: 'session:setWaitingRoom', actor: 'cofacilitator', payload: () => ({ enabled: false }) },
];

/** Each section leaves the room as it found it, so a room may begin its script at any of them. */
const SECTIONS: MixStep[][] = [NOTES, TURNS, CHECKINS, SIGNALS, FEEDBACK, SESSION].filter((section) => section.length > 0);

export const MIX: MixStep[] = SECTIONS.flat();

/** Where each section begins in MIX. */
export const SECTION_STARTS: number[] = SECTIONS.map((_, i) => SECTIONS.slice(0, i).reduce((n, section) => n + section.length, 0));

/**
 * The step a room's script begins at: rooms are spread over the sections, as
 * a clinic's groups are at different points of their sessions. So every
 * window of a large step plays every section, and no one section (a check-in
 * opening, which changes every member's own view) is played by every room in
 * the same second, which is what starting them all at step 0 did.
 */
export function firstStep(room: number): number {
  return SECTION_STARTS[room % SECTION_STARTS.length]!;
}

/** Members who send commands rotate among the first few (they live in the room's driving process). */
export const ACTIVE_MEMBERS = 13;

/** Step `n` of a room's script: the command, its sender (role and member index) and payload. */
export function stepAt(n: number, memberIds: string[], viewOf: (actor: ActorRole, member: number) => View | null) {
  const step = MIX[n % MIX.length]!;
  const cycle = Math.floor(n / MIX.length);
  const active = Math.min(ACTIVE_MEMBERS, memberIds.length);
  const member = active > 0 ? (cycle + (step.memberOffset ?? 0)) % active : 0;
  const view = viewOf(step.actor, member);
  return { name: step.name, actor: step.actor, via: step.via, member, payload: step.payload({ cycle, memberIds, member, view }) };
}
