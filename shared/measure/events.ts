import { eventTypeSet } from '../domain/feature.js';
import type { MeasureKind, MeasureMode } from './definitions.js';

export interface MeasureItem {
  id: string;
  text: string;
  subscale?: string;
}

/**
 * Measure events. `measure:answeredAnonymously` carries the values only in
 * memory, so evolve can count them; the log keeps a copy without them
 * (sealed.ts). A named answer (`measure:answered`) is kept in the log whole: it
 * is the member's record, shown to them and to staff only.
 */
export type MeasureEvent =
  | {
      type: 'measure:opened';
      at: number;
      runId: string;
      kind: MeasureKind;
      mode: MeasureMode;
      items: MeasureItem[];
      low: string;
      high: string;
      max: number;
      minimum: number;
      cutoff: number | null;
    }
  /** A named answer. `goals`: for a goals run, the goals the member rated, in the order of `values`. */
  | { type: 'measure:answered'; at: number; runId: string; participantId: string; values: Array<number | null>; goals?: string[] }
  /** An anonymous answer: `values` only in memory, never in the log. */
  | { type: 'measure:answeredAnonymously'; at: number; runId: string; participantId: string; values?: Array<number | null> }
  | { type: 'measure:closed'; at: number; runId: string }
  /** After a restart lost the anonymous answers held in memory: the measure starts over, empty. */
  | { type: 'measure:reopened'; at: number; runId: string }
  | { type: 'measure:goalsSet'; at: number; participantId: string; goals: string[]; by: string };

declare module '../domain/events.js' {
  interface FeatureEvents {
    measure: MeasureEvent;
  }
}

export const MEASURE_EVENT_TYPES = eventTypeSet<MeasureEvent>({
  'measure:opened': true,
  'measure:answered': true,
  'measure:answeredAnonymously': true,
  'measure:closed': true,
  'measure:reopened': true,
  'measure:goalsSet': true,
});

export function isMeasureEvent(e: { type: string }): e is MeasureEvent {
  return MEASURE_EVENT_TYPES.has(e.type);
}
