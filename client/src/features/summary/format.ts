/** Dates and lengths as a therapist reads them, in the browser's own locale and time zone. */
export const dateText = (t: number) => new Date(t).toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
export const timeText = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
export const shortDate = (t: number) => new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
export const compactDate = (t: number) => new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** Labels for points in time: the date, with the time only where two fall on the same day. */
export function pointLabels(times: readonly number[]): string[] {
  const days = times.map(shortDate);
  return times.map((t, i) => (days.filter((d) => d === days[i]).length > 1 ? `${days[i]}, ${timeText(t)}` : days[i]!));
}

export function minutesText(ms: number): string {
  const m = Math.round(ms / 60_000);
  if (m === 0) return 'under a minute';
  if (m < 60) return m === 1 ? '1 minute' : `${m} minutes`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return `${h} h ${rest} min`;
}

export const ROLE_NAMES = { facilitator: 'Facilitator', cofacilitator: 'Co-facilitator', member: 'Member' } as const;
