import type { Command } from '../../shared/commands.js';
import type { Actor, DecideContext } from '../../shared/domain/actor.js';
import { reduce } from '../../shared/domain/reducer.js';
import type { Reduced } from '../../shared/domain/reducer.js';
import type { SessionState } from '../../shared/domain/state.js';

/**
 * The one set of domain helpers every unit test uses: the start time, the
 * actors, a deterministic context and the pure reducer called as the server
 * calls it. Feature fixtures (checkins-fixture.ts, turns-fixtures.ts, …) only
 * add the rooms and shortcuts their feature needs.
 */

/** A Tuesday evening session, 18:00 UTC: summaries and CSV exports in tests show this date. */
export const T0 = Date.UTC(2026, 10, 24, 18, 0, 0);
export const MIN = 60_000;

export const fac: Actor = { kind: 'participant', id: 'fac', role: 'facilitator' };
export const co: Actor = { kind: 'participant', id: 'co', role: 'cofacilitator' };

/** A member actor; a number n stands for the id `m<n>` (the check-in rooms' members m1…mN). */
export function member(id: string | number): Extract<Actor, { kind: 'participant' }> {
  return { kind: 'participant', id: typeof id === 'number' ? `m${id}` : id, role: 'member' };
}

let seq = 0;
/** Ids are unique across a test file; randomness is fixed unless a test passes its own. */
export const ctx = (now = T0, random: () => number = () => 0.5): DecideContext => ({ now, random, newId: () => `id${++seq}` });

export function run(state: SessionState, command: Command, actor: Actor, now = T0, random?: () => number): Reduced {
  return reduce(state, command, actor, ctx(now, random));
}

/** The state after a command that must be accepted; a refusal fails the test with its code. */
export function must(state: SessionState, command: Command, actor: Actor, now = T0, random?: () => number): SessionState {
  const r = run(state, command, actor, now, random);
  if (!r.ok) throw new Error(`${command.type}: ${r.error.code}: ${r.error.message}`);
  return r.state;
}

/** `ok` for an accepted command, else the error code. */
export function codeOf(r: Reduced): string {
  return r.ok ? 'ok' : r.error.code;
}
