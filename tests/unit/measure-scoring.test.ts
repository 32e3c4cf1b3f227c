import { describe, expect, it } from 'vitest';
import { MEASURES, modeOf } from '../../shared/measure/definitions.js';
import { isDue, nextDue } from '../../shared/programme/schedule.js';
import { addRow, belowCutoff, droppedSince, emptyHistograms, itemResults, meanOf, meetsMinimum, subscaleMeans, totalOf } from '../../shared/measure/scoring.js';
import { measureScore } from '../../shared/measure/summary.js';
import type { SummaryMeasureRun } from '../../shared/measure/summary.js';

describe('totals', () => {
  it('adds a complete row', () => expect(totalOf([7, 5, 6, 8])).toBe(26));
  it('prorates skipped items by the mean of the answered ones', () => expect(totalOf([8, null, 6, 7])).toBe(28));
  it('has no total with fewer than half the items answered', () => {
    expect(totalOf([8, null, null, null])).toBeNull();
    expect(totalOf([null, null, null, null])).toBeNull();
    expect(totalOf([8, 4, null, null])).toBe(24);
  });
  it('means ignore skipped items and round to one decimal', () => {
    expect(meanOf([1, 2, 2, null])).toBe(1.7);
    expect(meanOf([null])).toBeNull();
  });
});

describe('flags', () => {
  it('flags a total at or below the cut-off, never a missing one', () => {
    expect(belowCutoff(20, 20)).toBe(true);
    expect(belowCutoff(21, 20)).toBe(false);
    expect(belowCutoff(null, 20)).toBe(false);
  });
  it('flags a drop of more than the threshold since the last session', () => {
    expect(droppedSince(30, 24, 5)).toBe(true);
    expect(droppedSince(30, 25, 5)).toBe(false);
    expect(droppedSince(20, 30, 5)).toBe(false);
    expect(droppedSince(null, 10, 5)).toBe(false);
    expect(droppedSince(30, null, 5)).toBe(false);
  });
});

describe('the k rule', () => {
  it('needs the minimum, and never fewer than two', () => {
    expect(meetsMinimum(2, 3)).toBe(false);
    expect(meetsMinimum(3, 3)).toBe(true);
    expect(meetsMinimum(1, 1)).toBe(false);
    expect(meetsMinimum(2, 1)).toBe(true);
  });
});

describe('anonymous counts and climate', () => {
  it('counts a row per item and keeps no trace of it', () => {
    let h = emptyHistograms(2, 6);
    h = addRow(h, [3, null]);
    h = addRow(h, [3, 6]);
    expect(h).toEqual([
      [0, 0, 0, 2, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 1],
    ]);
    expect(itemResults(h[0]!)).toMatchObject({ count: 2, mean: 3, min: 3, max: 3 });
  });
  it("scores climate's engagement, avoidance and conflict as subscale means", () => {
    const items = MEASURES.climate.items;
    let h = emptyHistograms(items.length, 6);
    h = addRow(h, [6, 4, 1, 2, 0, null]);
    h = addRow(h, [5, 5, 3, 2, 1, null]);
    expect(subscaleMeans(items, h)).toEqual({ engagement: 5, avoidance: 2, conflict: 0.5 });
  });
  it('a subscale nobody answered has no score', () => {
    expect(subscaleMeans(MEASURES.climate.items, emptyHistograms(6, 6)).conflict).toBeNull();
  });
});

describe('when and how measures are asked', () => {
  it("climate comes round by the group's programme: every N sessions (shared/programme isDue), and says when next", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => isDue(3, n))).toEqual([false, false, true, false, false, true, false]);
    expect([1, 3, 4, 14, 15, 16].map((n) => nextDue(3, n, 16))).toEqual([3, 6, 6, 15, null, null]);
    expect(nextDue(0, 1, 16)).toBeNull();
  });
  it('how this session was follows the group; the others are fixed', () => {
    expect(modeOf('session', { sessionMode: 'named' })).toBe('named');
    expect(modeOf('session', { sessionMode: 'anonymous' })).toBe('anonymous');
    expect(modeOf('wellbeing', { sessionMode: 'anonymous' })).toBe('named');
    expect(modeOf('climate', { sessionMode: 'named' })).toBe('anonymous');
  });
});

describe('session scores for trends', () => {
  const run = (rows: Array<Array<number | null>>, kind: 'wellbeing' | 'goals' = 'wellbeing'): SummaryMeasureRun => ({
    id: 'r',
    kind,
    mode: 'named',
    items: ['a', 'b', 'c', 'd'],
    max: 10,
    answered: rows.length,
    cutoff: null,
    openedAt: 0,
    minimum: 3,
    rows: rows.map((values, i) => ({ participantId: `m${i}`, name: `M${i}`, values, total: totalOf(values) })),
  });
  it('is the mean of totals, only from the minimum of answers on', () => {
    expect(measureScore(run([[5, 5, 5, 5], [10, 10, 10, 10]]))).toBeNull();
    expect(measureScore(run([[5, 5, 5, 5], [10, 10, 10, 10], [0, 0, 0, 0]]))).toEqual({ kind: 'wellbeing', count: 3, scores: { total: 20 } });
  });
  it('does not count a member who skipped everything', () => {
    expect(measureScore(run([[5, 5, 5, 5], [10, 10, 10, 10], [null, null, null, null]]))).toBeNull();
  });
  it('goals score the mean rating', () => {
    expect(measureScore(run([[4], [6, 8], [2, 2, 2]], 'goals'))).toMatchObject({ scores: { progress: 4 } });
  });
});
