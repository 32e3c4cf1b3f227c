import type { Tally } from './tally.js';
import { tallyTotal } from './tally.js';

/**
 * What a revealed check-in shows everyone: the aggregate only. Built from the
 * counts, so it holds no ids, times or order of arrival.
 */
export interface ScaleResults {
  kind: 'scale';
  count: number;
  /** histogram[v] answers of v, v = 0…10. */
  histogram: number[];
  /** Rounded to one decimal so every screen shows the same figure. */
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Population standard deviation, one decimal: how far answers typically sit from the mean. */
  sd: number;
}

export interface WordResults {
  kind: 'word';
  count: number;
  /** Most-used first, ties alphabetically: an order that has nothing to do with arrival. */
  words: Array<{ word: string; count: number }>;
}

export interface ChoiceResults {
  kind: 'choice';
  count: number;
  /** counts[i] for option i, in the facilitator's order. */
  counts: number[];
}

export type CheckinResults = ScaleResults | WordResults | ChoiceResults;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The value at sorted position `k` (0-based) of the answers a histogram describes. */
function nth(histogram: readonly number[], k: number): number {
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v]!;
    if (k < seen) return v;
  }
  return histogram.length - 1;
}

export function scaleStats(histogram: readonly number[]): Omit<ScaleResults, 'kind' | 'histogram'> {
  const count = histogram.reduce((s, n) => s + n, 0);
  if (count === 0) return { count: 0, mean: 0, median: 0, min: 0, max: 0, sd: 0 };
  let sum = 0;
  histogram.forEach((n, v) => (sum += n * v));
  const mean = sum / count;
  let sq = 0;
  histogram.forEach((n, v) => (sq += n * (v - mean) ** 2));
  const median = count % 2 === 1 ? nth(histogram, (count - 1) / 2) : (nth(histogram, count / 2 - 1) + nth(histogram, count / 2)) / 2;
  return {
    count,
    mean: round1(mean),
    median,
    min: nth(histogram, 0),
    max: nth(histogram, count - 1),
    sd: round1(Math.sqrt(sq / count)),
  };
}

export function resultsOf(t: Tally): CheckinResults {
  switch (t.kind) {
    case 'scale':
      return { kind: 'scale', histogram: t.counts.slice(), ...scaleStats(t.counts) };
    case 'choice':
      return { kind: 'choice', count: tallyTotal(t), counts: t.counts.slice() };
    case 'word': {
      const words = t.words
        .map(([word, count]) => ({ word, count }))
        .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
      return { kind: 'word', count: tallyTotal(t), words };
    }
  }
}

/** How many scale answers are at or below the cut-off: a count, never whose. */
export function atOrBelow(t: Tally, cutoff: number): number {
  if (t.kind !== 'scale') return 0;
  return t.counts.slice(0, cutoff + 1).reduce((s, n) => s + n, 0);
}
