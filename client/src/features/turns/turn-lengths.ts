import { formatClock } from '../../ui/format';

/** Turn lengths offered in the console, in seconds; null = no limit. */
export const TURN_LENGTH_CHOICES: ReadonlyArray<{ seconds: number | null; label: string }> = [
  { seconds: null, label: 'No limit' },
  { seconds: 60, label: '1 minute' },
  { seconds: 120, label: '2 minutes' },
  { seconds: 180, label: '3 minutes' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 600, label: '10 minutes' },
];

export const secondsToValue = (s: number | null) => (s === null ? 'none' : String(s));
export const valueToSeconds = (v: string) => (v === 'none' ? null : Number(v));

/** The offered choices, plus the current length if it was set to something else (another client may have). */
export function choicesWith(ms: number | null) {
  const seconds = ms === null ? null : Math.round(ms / 1000);
  if (TURN_LENGTH_CHOICES.some((c) => c.seconds === seconds)) return TURN_LENGTH_CHOICES;
  return [...TURN_LENGTH_CHOICES, { seconds, label: formatClock(ms ?? 0) }];
}
