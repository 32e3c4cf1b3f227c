import type { SessionState } from '../domain/state.js';
import { presentMembers } from '../session/state.js';

/**
 * Staff only, while feedback is being written: how many of the members asked
 * to write have sent something, and who is still writing.
 *
 * Anonymity decides what can be said. In a named round the givers are known,
 * so staff see who is still writing. In an anonymous round nobody may learn who
 * gave: staff see how many have sent only where each person sends one item
 * (hot seat, to the group), and never who is still writing (by elimination it
 * would name the givers).
 */
export interface WritingProgress {
  /** Members asked to write: those present now (the hot-seat member aside). */
  of: number;
  /** How many of them have sent; null where an anonymous round cannot tell (member to member). */
  sent: number | null;
  /** Names, in roster order; null in anonymous rounds. */
  stillWriting: string[] | null;
}

export function writingProgress(state: SessionState): WritingProgress | undefined {
  const r = state.feedback.round;
  if (!r || r.phase !== 'writing') return undefined;
  const writers = presentMembers(state).filter((p) => !(r.mode === 'hotSeat' && p.id === r.focusId));
  const items = Object.values(r.items);
  if (r.attribution === 'anonymous') {
    const sent = r.mode === 'pairs' ? null : Math.min(items.length, writers.length);
    return { of: writers.length, sent, stillWriting: null };
  }
  const gave = new Set(items.map((i) => i.giverId));
  return {
    of: writers.length,
    sent: writers.filter((p) => gave.has(p.id)).length,
    stillWriting: writers.filter((p) => !gave.has(p.id)).map((p) => p.name),
  };
}
