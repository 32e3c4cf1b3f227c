import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atOrBelow, resultsOf, scaleStats } from '../../shared/checkin/aggregate.js';
import { normaliseWord } from '../../shared/checkin/schemas.js';
import type { CheckinFormat } from '../../shared/checkin/schemas.js';
import { addToTally, emptyTally, parseTally, tallyTotal } from '../../shared/checkin/tally.js';
import type { AnswerValue, Tally } from '../../shared/checkin/tally.js';

const scale: CheckinFormat = { kind: 'scale', low: 'low', high: 'high' };
const word: CheckinFormat = { kind: 'word' };
const choice: CheckinFormat = { kind: 'choice', options: ['calm', 'sad', 'tired'] };

function tallyOf(format: Parameters<typeof emptyTally>[0], values: AnswerValue[]): Tally {
  return values.reduce<Tally>((t, v) => addToTally(t, v), emptyTally(format));
}

function histogramOf(values: number[]): number[] {
  return (tallyOf(scale, values) as { counts: number[] }).counts;
}

describe('scale statistics', () => {
  it.each([
    // values, mean, median, min, max, sd
    [[5], 5, 5, 5, 5, 0],
    [[2, 4], 3, 3, 2, 4, 1],
    [[0, 10, 10], 6.7, 10, 0, 10, 4.7],
    [[1, 2, 3, 4], 2.5, 2.5, 1, 4, 1.1],
    [[7, 7, 7, 7, 7], 7, 7, 7, 7, 0],
    [[0, 0, 1, 9, 10], 4, 1, 0, 10, 4.5],
  ])('%j → mean %d, median %d, range %d–%d, sd %d', (values, mean, median, min, max, sd) => {
    expect(scaleStats(histogramOf(values))).toEqual({ count: values.length, mean, median, min, max, sd });
  });

  it('an empty histogram gives zeros rather than NaN', () => {
    expect(scaleStats(new Array(11).fill(0))).toEqual({ count: 0, mean: 0, median: 0, min: 0, max: 0, sd: 0 });
  });

  it('agrees with the direct formulas for any answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }), (values) => {
        const s = scaleStats(histogramOf(values));
        const sorted = values.slice().sort((a, b) => a - b);
        const n = values.length;
        const mean = values.reduce((a, b) => a + b, 0) / n;
        const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
        const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
        expect(Math.abs(s.mean - mean)).toBeLessThanOrEqual(0.05 + 1e-9); // rounded to one decimal
        expect(s.median).toBe(median);
        expect(s.min).toBe(sorted[0]);
        expect(s.max).toBe(sorted[n - 1]);
        expect(Math.abs(s.sd - sd)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it('counts answers at or below a cut-off', () => {
    const t = tallyOf(scale, [1, 2, 2, 3, 9]);
    expect(atOrBelow(t, 2)).toBe(3);
    expect(atOrBelow(t, 0)).toBe(0);
  });
});

describe('the tally holds no order of arrival', () => {
  it('is identical for the same answers in any order (scale, choice, word)', () => {
    const cases: Array<[Parameters<typeof emptyTally>[0], fc.Arbitrary<AnswerValue>]> = [
      [scale, fc.integer({ min: 0, max: 10 })],
      [choice, fc.integer({ min: 0, max: 2 })],
      [word, fc.constantFrom('calm', 'tired', 'ok', 'zany', 'árbol', 'Ärger')],
    ];
    for (const [format, value] of cases) {
      fc.assert(
        fc.property(fc.array(value, { maxLength: 20 }).chain((vs) => fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length }))), ([a, b]) => {
          expect(JSON.stringify(tallyOf(format, a))).toBe(JSON.stringify(tallyOf(format, b)));
        }),
      );
    }
  });

  it('keeps words sorted, not in the order they came', () => {
    const t = tallyOf(word, ['tired', 'calm', 'tired', 'angry']);
    expect(t).toEqual({ kind: 'word', words: [['angry', 1], ['calm', 1], ['tired', 2]] });
    expect(tallyTotal(t)).toBe(4);
  });

  it('ignores values of the wrong kind or out of range', () => {
    const t = emptyTally(choice);
    expect(addToTally(t, 3)).toEqual(t);
    expect(addToTally(t, 'calm')).toEqual(t);
    expect(addToTally(emptyTally(word), 4)).toEqual(emptyTally(word));
  });
});

describe('results', () => {
  it('words: most used first, ties alphabetical', () => {
    const r = resultsOf(tallyOf(word, ['tired', 'calm', 'zen', 'tired', 'angry', 'calm', 'tired']));
    expect(r).toEqual({
      kind: 'word',
      count: 7,
      words: [
        { word: 'tired', count: 3 },
        { word: 'calm', count: 2 },
        { word: 'angry', count: 1 },
        { word: 'zen', count: 1 },
      ],
    });
  });

  it('choices: counts per option in the facilitator\'s order', () => {
    expect(resultsOf(tallyOf(choice, [2, 0, 2]))).toEqual({ kind: 'choice', count: 3, counts: [1, 0, 2] });
  });

  it('scale: the histogram and its statistics', () => {
    const r = resultsOf(tallyOf(scale, [3, 7, 8]));
    expect(r).toMatchObject({ kind: 'scale', count: 3, histogram: [0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0], mean: 6, median: 7 });
  });
});

describe('words are counted as one whatever the case or spacing', () => {
  it.each([
    ['Tired', 'tired'],
    ['  tired  ', 'tired'],
    ['TIRED', 'tired'],
    ['worn   out', 'worn out'],
    ['cafe\u0301', 'café'],
    ['', null],
    ['   ', null],
    ['x'.repeat(31), null],
    ['x'.repeat(30), 'x'.repeat(30)],
  ])('%j → %j', (input, expected) => {
    expect(normaliseWord(input)).toBe(expected);
  });
});

describe('reading a stored tally back', () => {
  it('accepts what was written and refuses what does not fit the format', () => {
    const t = tallyOf(scale, [1, 2]);
    expect(parseTally(JSON.parse(JSON.stringify(t)), scale)).toEqual(t);
    expect(parseTally({ kind: 'scale', counts: [1, 2] }, scale)).toBeNull();
    expect(parseTally({ kind: 'word', words: [] }, scale)).toBeNull();
    expect(parseTally({ kind: 'choice', counts: [1, -1, 0] }, choice)).toBeNull();
    expect(parseTally({ kind: 'word', words: [['a', 0]] }, word)).toBeNull();
    expect(parseTally(null, word)).toBeNull();
  });
});
