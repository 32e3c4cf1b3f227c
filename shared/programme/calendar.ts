/**
 * Calendar dates as 'YYYY-MM-DD' strings, counted in whole days: a programme's
 * dates are wall-calendar dates, independent of any clock or time zone.
 */
const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** A real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return addDays(s, 0) === s;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return (dayNumber(date) + 4) % 7;
}

/** The date falls on the series' weekday, on or after its first date. */
export function isSeriesWeek(firstDate: string, date: string): boolean {
  const days = dayNumber(date) - dayNumber(firstDate);
  return days >= 0 && days % 7 === 0;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What the wall clock of `timeZone` shows at instant `t`, read as if it were UTC. */
function wallClockAsUtc(t: number, timeZone: string): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const n: Record<string, number> = {};
  for (const p of f.formatToParts(t)) if (p.type !== 'literal') n[p.type] = Number(p.value);
  return Date.UTC(n.year!, n.month! - 1, n.day!, n.hour!, n.minute!, n.second!);
}

/**
 * The instant (ms since epoch) at which `timeZone`'s clocks show `date` `time`.
 * The zone's offset is read at a first guess and again at the result, so a
 * date on the other side of a daylight-saving change gets its own offset.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = parts(date);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - (wallClockAsUtc(wall, timeZone) - wall);
  return wall - (wallClockAsUtc(first, timeZone) - first);
}
