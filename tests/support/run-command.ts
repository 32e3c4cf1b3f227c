import { commandSchemas } from '../../shared/commands.js';
import type { Command, CommandName } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import type { Reduced } from '../../shared/domain/reducer.js';
import type { SessionState } from '../../shared/domain/state.js';
import { T0, must as mustCommand, run as runCommand } from './domain.js';

/**
 * The domain helpers of domain.ts for tests that send raw payloads: each is
 * parsed by its schema first, as the server does, so trimming and defaults apply.
 */
export const actor = (id: string, role: 'facilitator' | 'cofacilitator' | 'member'): Actor => ({ kind: 'participant', id, role });

const parsed = (type: CommandName, payload: unknown): Command => ({ type, payload: commandSchemas[type].parse(payload) }) as Command;

export function run(state: SessionState, type: CommandName, payload: unknown, who: Actor, now = T0): Reduced {
  return runCommand(state, parsed(type, payload), who, now);
}

export function must(state: SessionState, type: CommandName, payload: unknown, who: Actor, now = T0): SessionState {
  return mustCommand(state, parsed(type, payload), who, now);
}
