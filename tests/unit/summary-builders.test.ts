import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/reducer.js';
import { stripSealed } from '../../shared/domain/sealed.js';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import { buildSummary } from '../../shared/summary/summary.js';
import { serverWords } from '../../server/i18n/server-texts.js';
import { MIN, T0, recordedSession } from '../support/summary-fixture.js';

const options = { keepFeedbackTexts: false, words: serverWords('en') };

describe('buildSummary from a recorded event log', () => {
  const rec = recordedSession();
  // The server builds from the replayed log with the sealed tallies put back; here the
  // recorder's in-memory state carries them, and the replay must agree on everything else.
  const summary = buildSummary({ state: rec.state, events: rec.log, options });

  it('dates the session and gives its length', () => {
    expect(summary.session).toEqual({ sessionId: 's1', groupId: 'g1', groupName: 'Tuesday group', startedAt: T0, endedAt: T0 + 61 * MIN, lengthMs: 61 * MIN, language: 'en' });
  });

  it('lists attendance with join and leave times; open periods close at the end', () => {
    const rows = summary.attendance!.rows;
    expect(rows.map((r) => r.name)).toEqual(['Dana', 'Ann', 'Bo', 'Cy']);
    expect(rows.find((r) => r.name === 'Ann')!.periods).toEqual([{ from: T0 + MIN, to: T0 + 61 * MIN }]);
    expect(rows.find((r) => r.name === 'Bo')!.periods).toEqual([{ from: T0 + 2 * MIN, to: T0 + 32 * MIN }]);
    const cy = rows.find((r) => r.name === 'Cy')!;
    expect(cy.removed).toBe(true);
    expect(cy.presentMs).toBe(37 * MIN);
    expect(summary.attendance!.membersAttended).toBe(3);
  });

  it('keeps each revealed check-in aggregate and no results for unrevealed ones', () => {
    const [scale, word] = summary.checkins!;
    expect(scale).toMatchObject({ prompt: 'How are you arriving?', answered: 3, labels: { low: 'low', high: 'high' } });
    expect(scale!.results).toMatchObject({ kind: 'scale', count: 3, mean: 6, min: 4, max: 8 });
    expect(word).toMatchObject({ prompt: 'One word', answered: 0 });
    expect(word!.results).toBeUndefined();
  });

  it('derives a timeline of activities, with no answers and no presence noise', () => {
    expect(summary.timeline!.map((t) => t.text)).toEqual([
      'Session started',
      'Check-in opened: How are you arriving?',
      'Check-in results shown: How are you arriving?',
      'Check-in opened: One word',
      'A member used the private signal',
      'A private signal was acknowledged',
      'Break (5 min)',
      'Break ended',
      'Session ended',
    ]);
  });

  it('counts turns per person and signals without saying whose or what', () => {
    expect(summary.turns).toEqual({
      total: 2,
      people: [
        { id: 'fac', name: 'Dana', turns: 0 },
        { id: 'ann', name: 'Ann', turns: 1 },
        { id: 'bo', name: 'Bo', turns: 1 },
        { id: 'cy', name: 'Cy', turns: 0 },
      ],
    });
    expect(summary.signals).toEqual({ raised: 1, acknowledged: 1 });
    expect(JSON.stringify(summary)).not.toContain('too much');
  });

  it('keeps the talk-time chart data and balance index the dashboard showed at the end', () => {
    const talk = summary.talk!;
    expect(talk.members.map((m) => [m.name, m.talkMs / MIN, m.turns])).toEqual([
      ['Ann', 3, 1],
      ['Bo', 2, 1],
      ['Cy', 0, 0],
    ]);
    expect(talk.members[0]!.share).toBeCloseTo(0.6);
    expect(talk.balanceIndex).toBeGreaterThan(0);
    expect(talk.balanceIndex).toBeLessThan(1);
    expect(aggregateOf(summary).balanceIndex).toBe(talk.balanceIndex);
  });

  it('replaying the stored (sealed-stripped) log gives the same summary apart from check-in tallies', () => {
    const replayed = stripSealed(replay(rec.log));
    const again = buildSummary({ state: replayed, events: rec.log, options });
    expect(again.attendance).toEqual(summary.attendance);
    expect(again.timeline).toEqual(summary.timeline);
  });

  it('the aggregate kept after deletion names nobody', () => {
    const agg = aggregateOf(summary);
    expect(agg).toMatchObject({ sessionId: 's1', membersAttended: 3, lengthMs: 61 * MIN });
    expect(agg.checkins).toHaveLength(1);
    for (const name of ['Dana', 'Ann', 'Bo', 'Cy']) expect(JSON.stringify(agg)).not.toContain(name);
  });
});
