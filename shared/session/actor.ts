import type { Role } from './state.js';

/** Who sends a command: a participant (by their authenticated id) or the server itself. */
export type Actor = { kind: 'participant'; id: string; role: Role } | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

/**
 * What a decision may use from the outside world. Passed in so the domain stays
 * deterministic under test: a fixed clock, a seeded random, counted ids.
 */
export interface DecideContext {
  now: number;
  random: () => number;
  newId: () => string;
}

export function isSelf(actor: Actor, participantId: string): boolean {
  return actor.kind === 'participant' && actor.id === participantId;
}
