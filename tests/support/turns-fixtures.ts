import type { Command } from '../../shared/commands.js';
import type { Actor, DecideContext } from '../../shared/session/actor.js';
import { reduce } from '../../shared/session/reducer.js';
import type { SessionState } from '../../shared/session/state.js';
import type { Person } from './domain-room.js';
import { T0, newSession, setPresence, withPeople } from './domain-room.js';

/** A small room for turn-taking unit tests: facilitator, co-facilitator and members, all online. */
export { T0 };
export const fac: Actor = { kind: 'participant', id: 'fac', role: 'facilitator' };
export const co: Actor = { kind: 'participant', id: 'co', role: 'cofacilitator' };
export const member = (id: string): Actor => ({ kind: 'participant', id, role: 'member' });

let seq = 0;
export const ctx = (now = T0, random: () => number = () => 0.5): DecideContext => ({ now, random, newId: () => `id${++seq}` });

export function join(state: SessionState, id: string, role: 'member' | 'cofacilitator' = 'member', now = T0): SessionState {
  return withPeople(state, [{ id, name: id.toUpperCase(), role }], now);
}

export function presence(state: SessionState, id: string, to: 'online' | 'reconnecting' | 'left', now = T0): SessionState {
  return setPresence(state, id, to, now);
}

export function room(members: string[] = ['ann', 'bo', 'cy'], now = T0): SessionState {
  const s = setPresence(newSession(now, { groupName: 'Group' }), 'fac', 'online', now);
  return withPeople(s, [{ id: 'co', name: 'CO', role: 'cofacilitator' }, ...members.map((id): Person => ({ id, name: id.toUpperCase(), role: 'member' }))], now);
}

export function run(state: SessionState, command: Command, actor: Actor, now = T0, random?: () => number) {
  return reduce(state, command, actor, ctx(now, random));
}

export function must(state: SessionState, command: Command, actor: Actor, now = T0, random?: () => number): SessionState {
  const r = run(state, command, actor, now, random);
  if (!r.ok) throw new Error(`${command.type}: ${r.error.code}: ${r.error.message}`);
  return r.state;
}

export function errorCode(state: SessionState, command: Command, actor: Actor, now = T0): string | null {
  const r = run(state, command, actor, now);
  return r.ok ? null : r.error.code;
}

export const raise = (s: SessionState, id: string, now = T0) => must(s, { type: 'turns:raiseHand', payload: {} }, member(id), now);
export const next = (s: SessionState, now = T0, by: Actor = fac) =>
  must(s, { type: 'turns:next', payload: { expectedTurn: s.turns.turn } }, by, now);
export const give = (s: SessionState, id: string, now = T0) =>
  must(s, { type: 'turns:give', payload: { participantId: id, expectedTurn: s.turns.turn } }, fac, now);
export const done = (s: SessionState, by: Actor, now = T0) => must(s, { type: 'turns:endTurn', payload: { expectedTurn: s.turns.turn } }, by, now);
export const pass = (s: SessionState, by: Actor, now = T0) => must(s, { type: 'turns:pass', payload: { expectedTurn: s.turns.turn } }, by, now);
export const queueIds = (s: SessionState) => s.turns.queue.map((h) => h.id);
export const holder = (s: SessionState) => s.turns.floor?.holderId ?? null;

export function startRound(
  s: SessionState,
  opts: { order?: 'roster' | 'shuffled'; seconds?: number | null; includeLateJoiners?: boolean } = {},
  now = T0,
  random?: () => number,
): SessionState {
  return must(
    s,
    {
      type: 'turns:startGoAround',
      payload: { order: opts.order ?? 'roster', seconds: opts.seconds ?? null, includeLateJoiners: opts.includeLateJoiners ?? true },
    },
    fac,
    now,
    random,
  );
}
