import { scaleStats } from '../checkin/aggregate.js';
import type { ScaleResults } from '../checkin/aggregate.js';
import { MINIMUM_FLOOR } from '../checkin/limits.js';
import type { MeasureItemDef } from './definitions.js';

/**
 * Scoring, pure and the same on every screen and export. A named answer is one
 * value per item, null where the member skipped; an anonymous measure keeps
 * only counts per item (a histogram), never a person's row.
 */
export type AnswerRow = ReadonlyArray<number | null>;

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The total of a row. Skipped items are filled with the mean of the answered
 * ones (prorated), so a skipped question neither zeroes nor inflates a total;
 * with fewer than half the items answered there is no total (null), because a
 * total resting on one answer would mislead.
 */
export function totalOf(row: AnswerRow): number | null {
  const given = row.filter((v): v is number => v !== null);
  if (given.length === 0 || given.length * 2 < row.length) return null;
  const sum = given.reduce((s, v) => s + v, 0);
  return round1((sum / given.length) * row.length);
}

/** The mean of the answered items of a row, or null when none was answered. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  const given = values.filter((v): v is number => v !== null);
  return given.length === 0 ? null : round1(given.reduce((s, v) => s + v, 0) / given.length);
}

/** At or below the group's cut-off. */
export function belowCutoff(total: number | null, cutoff: number): boolean {
  return total !== null && total <= cutoff;
}

/** Lower than the member's previous total by more than the group's threshold. */
export function droppedSince(previous: number | null, total: number | null, threshold: number): boolean {
  return previous !== null && total !== null && previous - total > threshold;
}

/** The k rule: an aggregate is shown only from `minimum` answers on, and never below the floor of 2. */
export function meetsMinimum(count: number, minimum: number): boolean {
  return count >= Math.max(minimum, MINIMUM_FLOOR);
}

/** counts[v] answers of v, v = 0…max. */
export type Histogram = number[];

export function emptyHistograms(items: number, max: number): Histogram[] {
  return Array.from({ length: items }, () => new Array<number>(max + 1).fill(0));
}

/** Adds one anonymous row to per-item counts: a new array, no trace of the row. */
export function addRow(histograms: readonly Histogram[], row: AnswerRow): Histogram[] {
  return histograms.map((h, i) => {
    const v = row[i];
    if (v === null || v === undefined || v < 0 || v >= h.length) return h;
    const next = h.slice();
    next[v] = next[v]! + 1;
    return next;
  });
}

/** One item's aggregate: count, histogram and statistics (the check-ins' scale results). */
export function itemResults(h: Histogram): ScaleResults {
  return { kind: 'scale', histogram: h.slice(), ...scaleStats(h) };
}

/** Mean per subscale over every answer to its items (climate's engagement, avoidance and conflict). */
export function subscaleMeans(items: readonly MeasureItemDef[], histograms: readonly Histogram[]): Record<string, number | null> {
  const sums: Record<string, { sum: number; n: number }> = {};
  items.forEach((item, i) => {
    if (!item.subscale) return;
    const acc = (sums[item.subscale] ??= { sum: 0, n: 0 });
    (histograms[i] ?? []).forEach((count, v) => {
      acc.sum += count * v;
      acc.n += count;
    });
  });
  return Object.fromEntries(Object.entries(sums).map(([k, { sum, n }]) => [k, n === 0 ? null : round1(sum / n)]));
}
