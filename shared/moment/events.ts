import { eventTypeSet } from '../domain/feature.js';
import type { MomentStatus } from './state.js';

/** What the log records of moments. No event carries a participant id (state.ts). */
export type MomentEvent =
  | { type: 'moment:opened'; at: number; roundId: string; question: string | null }
  | { type: 'moment:written'; at: number; roundId: string; answerId: string; ownerTag: string; text: string }
  | { type: 'moment:skipped'; at: number; roundId: string; ownerTag: string }
  | { type: 'moment:screened'; at: number; roundId: string; answerId: string; status: Exclude<MomentStatus, 'pending'> }
  /** `answerIds`: the answers shown now, in a shuffled order. */
  | { type: 'moment:revealed'; at: number; roundId: string; answerIds: string[] }
  | { type: 'moment:closed'; at: number; roundId: string };

declare module '../domain/events.js' {
  interface FeatureEvents {
    moment: MomentEvent;
  }
}

export const MOMENT_EVENT_TYPES = eventTypeSet<MomentEvent>({
  'moment:opened': true,
  'moment:written': true,
  'moment:skipped': true,
  'moment:screened': true,
  'moment:revealed': true,
  'moment:closed': true,
});
