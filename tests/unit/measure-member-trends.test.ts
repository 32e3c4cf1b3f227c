import { describe, expect, it } from 'vitest';
import { memberTrends, previousTotals } from '../../shared/measure/member-trends.js';
import type { SessionRuns } from '../../shared/measure/member-trends.js';
import type { SummaryMeasureRun } from '../../shared/measure/summary.js';
import { totalOf } from '../../shared/measure/scoring.js';

const run = (kind: 'wellbeing' | 'goals', rows: Record<string, Array<number | null>>, goals?: string[]): SummaryMeasureRun => ({
  id: `${kind}-run`,
  kind,
  mode: 'named',
  items: kind === 'wellbeing' ? ['a', 'b', 'c', 'd'] : [],
  max: 10,
  answered: Object.keys(rows).length,
  minimum: 3,
  cutoff: 20,
  openedAt: 0,
  rows: Object.entries(rows).map(([id, values]) => ({ participantId: id, name: id.toUpperCase(), values, total: totalOf(values), ...(goals ? { goals } : {}) })),
});

const session = (n: number, runs: SummaryMeasureRun[]): SessionRuns => ({ sessionId: `s${n}`, startedAt: n * 1000, runs });

describe("each member's series", () => {
  it('flags at or below the cut-off and a drop of more than the threshold since the last total, in session order', () => {
    const sessions = [
      session(3, [run('wellbeing', { ann: [5, 5, 5, 5] })]),
      session(1, [run('wellbeing', { ann: [8, 8, 8, 8] })]),
      session(2, [run('wellbeing', { ann: [1, null, null, null] })]),
    ];
    const [ann] = memberTrends(sessions, { wellbeingCutoff: 20, wellbeingDrop: 5 });
    expect(ann!.wellbeing.map((p) => [p.sessionId, p.total, p.belowCutoff, p.dropped])).toEqual([
      ['s1', 32, false, false],
      // No total (too many skipped): no flag, and the next session compares with the last total there was.
      ['s2', null, false, false],
      ['s3', 20, true, true],
    ]);
  });

  it('keeps goal ratings by goal text, and a member is one series by participant id', () => {
    const sessions = [session(1, [run('goals', { bo: [3, 4] }, ['ask for help', 'stay'])]), session(2, [run('goals', { bo: [6, null] }, ['ask for help', 'stay'])])];
    const [bo] = memberTrends(sessions, { wellbeingCutoff: 20, wellbeingDrop: 5 });
    expect(bo!.name).toBe('BO');
    expect(bo!.goals.map((g) => g.goals)).toEqual([
      [{ text: 'ask for help', value: 3 }, { text: 'stay', value: 4 }],
      [{ text: 'ask for help', value: 6 }, { text: 'stay', value: null }],
    ]);
  });

  it("gives each member's last total for the console's comparison, skipping sessions without one", () => {
    const sessions = [session(1, [run('wellbeing', { ann: [8, 8, 8, 8], bo: [2, 2, 2, 2] })]), session(2, [run('wellbeing', { ann: [1, null, null, null] })])];
    expect(previousTotals(memberTrends(sessions, { wellbeingCutoff: 20, wellbeingDrop: 5 }))).toEqual({ ann: 32, bo: 8 });
    expect(previousTotals([])).toEqual({});
  });
});
