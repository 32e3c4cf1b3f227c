import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import { floorIntervalsAt } from '../talk/state.js';

/** Turns taken on the floor (queue, direct or go-around), per person, in roster order. */
export interface TurnsSection {
  total: number;
  people: Array<{ id: string; name: string; turns: number }>;
}

export function turnsSection(state: SessionState, end: number): TurnsSection {
  const counts: Record<string, number> = {};
  for (const i of floorIntervalsAt(state, end)) counts[i.participantId] = (counts[i.participantId] ?? 0) + 1;
  const people = state.order
    .filter((id) => own(state.participants, id)!.present.length > 0)
    .map((id) => ({ id, name: own(state.participants, id)!.name, turns: counts[id] ?? 0 }));
  return { total: Object.values(counts).reduce((s, n) => s + n, 0), people };
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Turns taken on the floor, per person. */
    turns: TurnsSection;
  }
}
