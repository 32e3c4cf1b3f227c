import { SCALE_MAX } from './limits.js';
import type { CheckinFormat } from './schemas.js';

/**
 * The answers to one check-in, as counts. Canonical: two tallies of the same
 * answers are identical whatever order they arrived in, so nothing stored or
 * sent can carry the order of arrival (stronger than reshuffling a list).
 *   scale:  counts[v] answers of v, for v = 0…10
 *   choice: counts[i] answers of option i
 *   word:   [word, count] pairs sorted by word (code-point order), counts > 0
 */
export type Tally =
  | { kind: 'scale'; counts: number[] }
  | { kind: 'choice'; counts: number[] }
  | { kind: 'word'; words: Array<[string, number]> };

/** A validated answer: a scale step, a choice index, or a normalised word. */
export type AnswerValue = number | string;

export function emptyTally(format: CheckinFormat): Tally {
  switch (format.kind) {
    case 'scale':
      return { kind: 'scale', counts: new Array<number>(SCALE_MAX + 1).fill(0) };
    case 'choice':
      return { kind: 'choice', counts: new Array<number>(format.options.length).fill(0) };
    case 'word':
      return { kind: 'word', words: [] };
  }
}

const byWord = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The tally with one more answer. Pure; ignores a value of the wrong kind. */
export function addToTally(t: Tally, value: AnswerValue): Tally {
  if (t.kind === 'word') {
    if (typeof value !== 'string') return t;
    const found = t.words.some(([w]) => w === value);
    const words = found
      ? t.words.map(([w, n]): [string, number] => [w, w === value ? n + 1 : n])
      : [...t.words, [value, 1] as [string, number]];
    return { kind: 'word', words: words.sort(byWord) };
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= t.counts.length) return t;
  const counts = t.counts.slice();
  counts[value] = counts[value]! + 1;
  return { kind: t.kind, counts };
}

export function tallyTotal(t: Tally): number {
  return t.kind === 'word' ? t.words.reduce((s, [, n]) => s + n, 0) : t.counts.reduce((s, n) => s + n, 0);
}

/**
 * Reads a tally back from storage, checking its shape against the format so a
 * damaged record cannot put nonsense on screens. Returns null when it does not fit.
 */
export function parseTally(raw: unknown, format: CheckinFormat): Tally | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (r.kind !== format.kind) return null;
  if (r.kind === 'word') {
    if (!Array.isArray(r.words)) return null;
    const words: Array<[string, number]> = [];
    for (const pair of r.words as unknown[]) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !isCount(pair[1]) || pair[1] === 0) return null;
      words.push([pair[0], pair[1]]);
    }
    return { kind: 'word', words: words.sort(byWord) };
  }
  const expected = emptyTally(format) as { counts: number[] };
  if (!Array.isArray(r.counts) || r.counts.length !== expected.counts.length || !r.counts.every(isCount)) return null;
  return { kind: format.kind as 'scale' | 'choice', counts: (r.counts as number[]).slice() };
}
