import type { Programme } from '../../shared/programme/plan.js';

/**
 * A programme as the group page's form sends it by default: 16 weekly sessions
 * on Tuesdays at 18:00 in Madrid, phases 3 / 10 / 3, members see the countdown
 * from 4 sessions before the end. Tests override what they are about.
 */
export function programme(over: Partial<Programme> = {}): Programme {
  return {
    sessions: 16,
    firstDate: '2026-09-01',
    time: '18:00',
    minutes: 90,
    timeZone: 'Europe/Madrid',
    phases: [
      { name: 'Beginning', sessions: 3 },
      { name: 'Middle', sessions: 10 },
      { name: 'Ending', sessions: 3 },
    ],
    skipped: [],
    countdownFrom: 4,
    ...over,
  };
}
