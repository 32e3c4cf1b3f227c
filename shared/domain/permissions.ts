import type { CommandName } from '../commands.js';
import type { Role } from '../session/state.js';
import type { Audience } from './feature.js';
import { FEATURES } from './features.js';

/**
 * Who may send each command at all: each feature's `audience`, merged. Finer
 * rules (a member lowers only their own hand) live in the command's decide
 * function. The client calls the same predicate only to show or hide
 * controls; the server enforces it.
 */
export type { Audience };

export const commandAudience: Readonly<Record<CommandName, Audience>> = Object.assign({}, ...FEATURES.map((f) => f.audience));

export function mayRun(role: Role, command: CommandName): boolean {
  const audience = commandAudience[command];
  switch (audience) {
    case 'anyone':
      return true;
    case 'staff':
      return role === 'facilitator' || role === 'cofacilitator';
    case 'member':
      return role === 'member';
  }
}
