import type { MeasureEvent } from './events.js';
import type { AnswerRow, Histogram } from './scoring.js';

/**
 * The measures slice. A run is one measure asked once in the session. Named
 * answers are rows by member; an anonymous run keeps who answered (`answered`)
 * apart from counts per item (`histograms`), which hold no ids, times or order.
 * Open histograms live in memory only; they reach the disk once, at close, and
 * only with at least `minimum` answers (sealed.ts).
 */
export interface MeasureRun extends Omit<Extract<MeasureEvent, { type: 'measure:opened' }>, 'type' | 'at' | 'runId'> {
  id: string;
  phase: 'open' | 'closed';
  openedAt: number;
  closedAt: number | null;
  answered: Record<string, true>;
  /** Members who could answer: present when it opened, or arrived while open. Only grows. */
  eligible: Record<string, true>;
  /** Named runs only: each member's row. */
  rows: Record<string, AnswerRow>;
  /** Goals runs only: the goals each member rated, in the order of their row. */
  goals: Record<string, string[]>;
  /** Anonymous runs only: counts per item. Emptied at close below the minimum. */
  histograms: Histogram[];
  reopenedAt: number | null;
}

export interface MeasuresState {
  runs: Record<string, MeasureRun>;
  /** Run ids in the order they were opened. */
  order: string[];
  activeId: string | null;
  /** Each member's one to three interpersonal goals: seen by them and staff only. */
  goals: Record<string, string[]>;
}

export function emptyMeasures(): MeasuresState {
  return { runs: {}, order: [], activeId: null, goals: {} };
}

export function activeRun(s: { measures: MeasuresState }): MeasureRun | null {
  const id = s.measures.activeId;
  return id ? (s.measures.runs[id] ?? null) : null;
}

export function answeredCount(r: MeasureRun): number {
  return Object.keys(r.answered).length;
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** Measures (how I've been, how this session was, climate, goals) and each member's goals. */
    measures: MeasuresState;
  }
}
