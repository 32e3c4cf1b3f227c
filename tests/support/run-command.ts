import { commandSchemas } from '../../shared/commands.js';
import type { Command, CommandName } from '../../shared/commands.js';
import type { Actor, DecideContext } from '../../shared/session/actor.js';
import { reduce } from '../../shared/session/reducer.js';
import type { SessionState } from '../../shared/session/state.js';
import { T0 } from './domain-room.js';

/** Domain unit tests: a command parsed as the server would, then reduced at `now`. */
export const ctx = (now = T0): DecideContext => ({ now, random: () => 0.5, newId: () => 'x' });

export const actor = (id: string, role: 'facilitator' | 'cofacilitator' | 'member'): Actor => ({ kind: 'participant', id, role });

export function run(state: SessionState, type: CommandName, payload: unknown, who: Actor, now = T0) {
  const command = { type, payload: commandSchemas[type].parse(payload) } as Command;
  return reduce(state, command, who, ctx(now));
}

export function must(state: SessionState, type: CommandName, payload: unknown, who: Actor, now = T0): SessionState {
  const r = run(state, type, payload, who, now);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}
