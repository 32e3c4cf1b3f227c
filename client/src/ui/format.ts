/** "4:05" or "1:02:09": a duration in ms, rounded down to whole seconds. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whole minutes as the clock shows them (10:00 is 10, 9:59 is 10, 0:20 is 1), never "0 minutes" while time is left. */
export function minutesLeftText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(Math.floor(ms / 1000) / 60));
  return minutes === 1 ? 'about 1 minute left' : `about ${minutes} minutes left`;
}
