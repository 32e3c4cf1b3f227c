import type { Command } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { Person } from './domain-room.js';
import { newSession, setPresence, withPeople } from './domain-room.js';
import { T0, fac, member, must, run } from './domain.js';

/** A small room for turn-taking unit tests: facilitator, co-facilitator and members, all online. */
export { T0, co, ctx, fac, member, must, run } from './domain.js';

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
