import type { Command } from '../../shared/commands.js';
import type { Actor, DecideContext } from '../../shared/session/actor.js';
import { creationEvents, reduce, replay } from '../../shared/session/reducer.js';
import { decideJoin, decidePresence } from '../../shared/session/session-decide.js';
import type { SessionState } from '../../shared/session/state.js';

/** A small room for check-in unit tests: facilitator `fac`, co-facilitator `co`, members m1…mN online. */
export const T0 = 1_700_000_000_000;
export const fac: Actor = { kind: 'participant', id: 'fac', role: 'facilitator' };
export const co: Actor = { kind: 'participant', id: 'co', role: 'cofacilitator' };
export const member = (i: number): Actor => ({ kind: 'participant', id: `m${i}`, role: 'member' });

let ids = 0;
export const ctx = (now = T0): DecideContext => ({ now, random: () => 0.5, newId: () => `c${++ids}` });

export function room(members = 4): SessionState {
  let s = replay(
    creationEvents({
      sessionId: 's1',
      groupId: 'g1',
      groupName: 'Tuesday group',
      joinCode: 'ABCDEF',
      agreement: 'Be kind.',
      waitingRoom: false,
      facilitatorId: 'fac',
      facilitatorName: 'Dana',
      now: T0,
    }),
  );
  const people: Array<[string, string, 'member' | 'cofacilitator']> = [['co', 'Chris', 'cofacilitator']];
  for (let i = 1; i <= members; i++) people.push([`m${i}`, `Member${i}`, 'member']);
  for (const [id, name, role] of people) {
    const j = decideJoin(s, { id, name, role }, T0);
    if (!j.ok) throw new Error(j.error.message);
    s = replay(j.events, s);
    const p = decidePresence(s, id, 'online', T0);
    if (!p.ok) throw new Error(p.error.message);
    s = replay(p.events, s);
  }
  return s;
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
