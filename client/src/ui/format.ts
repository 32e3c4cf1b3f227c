/**
 * Numbers, times and durations for the active locale, always through Intl, so
 * digits, separators and list words follow the reader's language.
 */

/** "4:05" or "1:02:09": a duration in ms, rounded down to whole seconds, digits in the locale's numbering. */
export function formatClock(ms: number, locale?: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`;
}

/** Whole minutes as the clock shows them (10:00 is 10, 9:59 is 10, 0:20 is 1), never 0 while time is left. */
export function wholeMinutesLeft(ms: number): number {
  return Math.max(1, Math.ceil(Math.floor(ms / 1000) / 60));
}

/** A time of day, "14:05" or "2:05 PM", as the locale writes it. */
export function formatTime(ms: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** A calendar date, "2 Dec 2026" / "2 dic 2026". */
export function formatDate(ms: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}

/** "Ann, Bo and Cy" in the locale's own list words. */
export function formatList(items: string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** "32 %": a whole percent as the locale writes it. */
export function formatPercent(fraction: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** "Ann, Bo, Cy": names listed with the locale's own separators, no "and" (a plain list, not a sentence). */
export function formatNames(items: string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(items);
}

/** "0.52" / "0,52": a number with exactly `digits` decimals, as the locale writes it. */
export function formatDecimal(value: number, digits: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
