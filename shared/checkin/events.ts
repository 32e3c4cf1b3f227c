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

export const CHECKIN_EVENT_TYPES: ReadonlySet<string> = new Set<CheckinEvent['type']>([
  'checkin:started',
  'checkin:answered',
  'checkin:stopped',
  'checkin:revealed',
  'checkin:closed',
  'checkin:reopened',
]);

export function isCheckinEvent(e: { type: string }): e is CheckinEvent {
  return CHECKIN_EVENT_TYPES.has(e.type);
}
