import type { ProgrammeEvent } from './events.js';
import type { Programme } from './plan.js';
import { phaseOf } from './schedule.js';

/** The event that places session `number` in the programme, or null past the series' end. */
export function placementEvent(p: Programme, number: number, at: number): ProgrammeEvent | null {
  if (number < 1 || number > p.sessions) return null;
  return { type: 'programme:placed', at, number, total: p.sessions, phase: phaseOf(p.phases, number).name, countdownFrom: p.countdownFrom };
}

/**
 * The number of a group's next session: one after the latest session's own
 * number when it had one; otherwise its place among the group's sessions on
 * record (the programme was set during the series).
 */
export function nextSessionNumber(latestNumber: number | null, sessionsOnRecord: number): number {
  return latestNumber !== null ? latestNumber + 1 : sessionsOnRecord + 1;
}
