/** The longest series a programme may plan: a year of weekly sessions. */
export const PROGRAMME_MAX_SESSIONS = 52;
/** Phases a programme may have (beginning, middle, ending by default). */
export const PROGRAMME_MAX_PHASES = 6;
/** A session's length, in minutes. */
export const SESSION_MIN_MINUTES = 15;
export const SESSION_MAX_MINUTES = 240;
