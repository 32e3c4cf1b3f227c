import type { SessionState } from '../domain/state.js';

/**
 * The moments of a session, for staff: per question, how many wrote or skipped,
 * and the texts staff kept or shared (no author: there is none). Set-aside and
 * unscreened answers stay out. The texts live as long as the session's detail
 * (the group's retention), never in the nameless aggregate kept after it.
 */
export interface MomentRoundRow {
  openedAt: number;
  question: string | null;
  written: number;
  skipped: number;
  kept: string[];
  shared: string[];
}

export interface MomentsSection {
  rounds: MomentRoundRow[];
}

export function momentsSection(state: SessionState): MomentsSection {
  return {
    rounds: state.moment.rounds.map((r) => {
      const answers = Object.values(r.answers);
      return {
        openedAt: r.openedAt,
        question: r.question,
        written: answers.length,
        skipped: r.skipTags.length,
        kept: answers.filter((a) => a.status === 'kept' || (a.status === 'shared' && !a.revealed)).map((a) => a.text),
        shared: answers.filter((a) => a.revealed).map((a) => a.text),
      };
    }),
  };
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** The moment that mattered: counts and the kept or shared texts, without authors. */
    moments: MomentsSection;
  }
}
