import { eventTypeSet } from '../domain/feature.js';
import type { CheckinFormat } from './schemas.js';
import type { AnswerValue } from './tally.js';

/**
 * Check-in events. `checkin:answered` carries the answer only in memory, so
 * evolve can count it; the log keeps a copy without it (sealed.ts), which
 * says who answered and never what.
 */
export type CheckinEvent =
  | { type: 'checkin:started'; at: number; checkinId: string; prompt: string; format: CheckinFormat; minimum: number }
  | { type: 'checkin:answered'; at: number; checkinId: string; participantId: string; value?: AnswerValue }
  | { type: 'checkin:stopped'; at: number; checkinId: string }
  | { type: 'checkin:revealed'; at: number; checkinId: string }
  | { type: 'checkin:closed'; at: number; checkinId: string }
  /**
   * Appended when a room is loaded after a restart while its check-in was taking
   * answers: those answers lived only in the old process's memory, so the
   * check-in starts over, empty, and says so.
   */
  | { type: 'checkin:reopened'; at: number; checkinId: string };

declare module '../domain/events.js' {
  interface FeatureEvents {
    checkin: CheckinEvent;
  }
}

export const CHECKIN_EVENT_TYPES = eventTypeSet<CheckinEvent>({
  'checkin:started': true,
  'checkin:answered': true,
  'checkin:stopped': true,
  'checkin:revealed': true,
  'checkin:closed': true,
  'checkin:reopened': true,
});

export function isCheckinEvent(e: { type: string }): e is CheckinEvent {
  return CHECKIN_EVENT_TYPES.has(e.type);
}
