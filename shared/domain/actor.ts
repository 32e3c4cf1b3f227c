import type { Role } from '../session/state.js';

/** Who sends a command: a participant (by their authenticated id) or the server itself. */
export type Actor = { kind: 'participant'; id: string; role: Role; ownerTag?: OwnerTagger } | { kind: 'system' };

/**
 * Derives an opaque tag from the connection's secret token and a label, so a
 * person's anonymous contributions can be recognised by them alone: the
 * server computes it from the token it sees on connect and never stores the
 * token, so the database cannot link a tag to anyone (docs/feedback-privacy.md).
 */
export type OwnerTagger = (label: string) => string;

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
