import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { csvTables } from '../../shared/summary/csv.js';
import { buildSummary } from '../../shared/summary/summary.js';
import { member as feedbackMember } from '../support/feedback-fixtures.js';
import { serverWords } from '../../server/i18n/server-texts.js';
import { MIN, Recorder, T0, fac } from '../support/summary-fixture.js';

const words = serverWords('en');

const itemIds = (r: Recorder) => Object.keys(r.state.feedback.round?.items ?? {});

function session(): Recorder {
  const r = new Recorder();
  for (const [id, name] of [['ann', 'Ann'], ['bo', 'Bo'], ['cy', 'Cy']] as const) r.join(id, name, T0 + MIN);
  const labels = ['When you…', 'I felt…'];
  const cmd = (c: Command, who = fac, at = T0 + 10 * MIN) => r.run(c, who, at);
  // A named hot seat on Ann: Bo's item is approved, Cy's held back.
  cmd({ type: 'feedback:start', payload: { mode: 'hotSeat', focusId: 'ann', labels, anonymous: false } });
  cmd({ type: 'feedback:answerFocus', payload: { open: true } }, feedbackMember('ann'));
  cmd({ type: 'feedback:submit', payload: { recipient: null, parts: ['spoke up', 'glad'] } }, feedbackMember('bo'));
  cmd({ type: 'feedback:submit', payload: { recipient: null, parts: ['held-back words', 'x'] } }, feedbackMember('cy'));
  const [bos, cys] = itemIds(r);
  cmd({ type: 'feedback:screen', payload: { itemId: bos!, decision: 'approve' } });
  cmd({ type: 'feedback:screen', payload: { itemId: cys!, decision: 'holdBack' } });
  cmd({ type: 'feedback:reveal', payload: {} });
  cmd({ type: 'feedback:end', payload: {} }, fac, T0 + 20 * MIN);
  // An anonymous round to the group: Ann's item is shown without her name.
  cmd({ type: 'feedback:start', payload: { mode: 'group', labels, anonymous: true } }, fac, T0 + 21 * MIN);
  cmd({ type: 'feedback:submit', payload: { recipient: null, parts: ['share', 'seen'] } }, feedbackMember('ann'), T0 + 22 * MIN);
  cmd({ type: 'feedback:screen', payload: { itemId: itemIds(r)[0]!, decision: 'approve' } }, fac, T0 + 23 * MIN);
  cmd({ type: 'feedback:reveal', payload: {} }, fac, T0 + 24 * MIN);
  r.end(T0 + 30 * MIN);
  return r;
}

describe('feedback in the summary', () => {
  const r = session();

  it('counts each round and fills the who-gave-to-whom grid; anonymous items have their own row', () => {
    const f = buildSummary({ state: r.state, events: r.log, options: { keepFeedbackTexts: false, words } }).feedback!;
    expect(f.rounds.map((x) => [x.mode, x.attribution, x.submitted, x.approved])).toEqual([
      ['hotSeat', 'named', 2, 1],
      ['group', 'anonymous', 1, 1],
    ]);
    expect(f.grid.recipients).toEqual([{ key: 'ann', name: 'Ann' }, { key: 'group', name: 'The group' }]);
    expect(f.grid.rows).toEqual([
      { giver: 'bo', name: 'Bo', counts: [1, 0] },
      { giver: null, name: 'Anonymous', counts: [0, 1] },
    ]);
    expect(f.items).toBeUndefined();
    expect(JSON.stringify(f)).not.toContain('spoke up');
  });

  it('keeps the texts of shown items only when the facilitator chose to, never held-back ones, never an anonymous giver', () => {
    const summary = buildSummary({ state: r.state, events: r.log, options: { keepFeedbackTexts: true, words } });
    expect(summary.feedback!.items).toEqual([
      { roundId: expect.any(String), from: 'Bo', to: 'Ann', parts: [{ label: 'When you…', text: 'spoke up' }, { label: 'I felt…', text: 'glad' }] },
      { roundId: expect.any(String), from: 'Anonymous', to: 'The group', parts: [{ label: 'When you…', text: 'share' }, { label: 'I felt…', text: 'seen' }] },
    ]);
    expect(JSON.stringify(summary)).not.toContain('held-back words');
    const tables = csvTables(summary, words);
    expect(tables.feedbackgrid!.rows).toEqual([['Bo', 1, 0], ['Anonymous', 0, 1]]);
    expect(tables.feedbackitems!.rows[1]).toEqual(['Anonymous', 'The group', 'When you… share\nI felt… seen']);
    expect(summary.timeline!.map((t) => t.text)).toContain('Feedback round started (hot seat, named)');
  });
});
