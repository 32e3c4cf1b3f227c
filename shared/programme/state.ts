/** The session's place in its group's programme; null when the group has none (or the series was over). */
export interface ProgrammePlace {
  number: number;
  total: number;
  phase: string;
  countdownFrom: number | null;
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    programme: ProgrammePlace | null;
  }
}
