/** Longest break a facilitator can start, in minutes (one hour). */
export const BREAK_MAX_MINUTES = 60;
