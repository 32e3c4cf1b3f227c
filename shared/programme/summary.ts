import type { SessionState } from '../domain/state.js';

/** The session's place in the group's programme, as its summary shows it ("Session 7 of 16"). */
export interface ProgrammeSection {
  number: number;
  total: number;
  phase: string;
}

export function programmeSection(state: SessionState): ProgrammeSection | null {
  const p = state.programme;
  return p && { number: p.number, total: p.total, phase: p.phase };
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Absent when the session had no place in a programme. */
    programme: ProgrammeSection;
  }
}
