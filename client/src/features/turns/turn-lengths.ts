/** Turn lengths offered in the console, in seconds; null = no limit. */
export const TURN_LENGTH_CHOICES: ReadonlyArray<number | null> = [null, 60, 120, 180, 300, 600];

export const secondsToValue = (s: number | null) => (s === null ? 'none' : String(s));
export const valueToSeconds = (v: string) => (v === 'none' ? null : Number(v));

/** The offered choices, plus the current length if it was set to something else (another client may have). */
export function choicesWith(ms: number | null): ReadonlyArray<number | null> {
  const seconds = ms === null ? null : Math.round(ms / 1000);
  return TURN_LENGTH_CHOICES.includes(seconds) ? TURN_LENGTH_CHOICES : [...TURN_LENGTH_CHOICES, seconds];
}
