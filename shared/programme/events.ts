import { eventTypeSet } from '../domain/feature.js';

/**
 * Recorded with the session's opening events when its group has a programme
 * (server/summary/next-session.ts): the session's place in the series as it was
 * when the session began, so replaying the log shows the same "Session 7 of 16"
 * whatever the programme says later.
 */
export type ProgrammeEvent = {
  type: 'programme:placed';
  at: number;
  /** This session's number in the series, from 1. */
  number: number;
  total: number;
  phase: string;
  /** Members see the countdown from this many sessions left; null: never. */
  countdownFrom: number | null;
};

declare module '../domain/events.js' {
  interface FeatureEvents {
    programme: ProgrammeEvent;
  }
}

export const PROGRAMME_EVENT_TYPES = eventTypeSet<ProgrammeEvent>({ 'programme:placed': true });
