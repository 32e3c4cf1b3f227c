import type { Command } from '../../shared/commands.js';
import type { Actor, DecideContext } from '../../shared/session/actor.js';
import { reduce } from '../../shared/session/reducer.js';
import type { SessionState } from '../../shared/session/state.js';
import type { Person } from './domain-room.js';
import { T0, newSession, withPeople } from './domain-room.js';

/** A small room for check-in unit tests: facilitator `fac`, co-facilitator `co`, members m1…mN online. */
export { T0 };
export const fac: Actor = { kind: 'participant', id: 'fac', role: 'facilitator' };
export const co: Actor = { kind: 'participant', id: 'co', role: 'cofacilitator' };
export const member = (i: number): Actor => ({ kind: 'participant', id: `m${i}`, role: 'member' });

let ids = 0;
export const ctx = (now = T0): DecideContext => ({ now, random: () => 0.5, newId: () => `c${++ids}` });

export function room(members = 4): SessionState {
  const people: Person[] = [{ id: 'co', name: 'Chris', role: 'cofacilitator' }];
  for (let i = 1; i <= members; i++) people.push({ id: `m${i}`, name: `Member${i}`, role: 'member' });
  return withPeople(newSession(T0), people, T0);
}

export function run(state: SessionState, command: Command, actor: Actor, now = T0) {
  return reduce(state, command, actor, ctx(now));
}

export function mustRun(state: SessionState, command: Command, actor: Actor, now = T0): SessionState {
  const r = run(state, command, actor, now);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}

export function codeOf(r: ReturnType<typeof run>): string | null {
  return r.ok ? null : r.error.code;
}
