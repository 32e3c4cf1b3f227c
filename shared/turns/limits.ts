/** Turn lengths people can set, in seconds: from a quick word to a long share. */
export const TURN_SECONDS_MIN = 15;
export const TURN_SECONDS_MAX = 60 * 60; // one hour
