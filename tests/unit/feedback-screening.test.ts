import { describe, expect, it } from 'vitest';
import { feedbackMeView, feedbackSharedView, feedbackStaffView } from '../../shared/feedback/views.js';
import { codeOf, fac, co, itemIds, member, ok, run, screen, started, submit, taggerFor, writing } from '../support/feedback-fixtures.js';

/** Hot seat on Ann: Bo and Cy submit; returns the state and item ids in order. */
function twoItems(anonymous = false) {
  let s = submit(writing({ anonymous }), 'bo', ['you smiled', 'seen', 'why']);
  s = submit(s, 'cy', ['you left early', 'hurt', 'if']);
  const [boItem, cyItem] = itemIds(s) as [string, string];
  return { s, boItem, cyItem };
}

describe('screening', () => {
  it('staff approve or hold back with a private note; approving clears it', () => {
    const { s, boItem, cyItem } = twoItems();
    let t = screen(s, boItem, 'approve');
    t = ok(t, { type: 'feedback:screen', payload: { itemId: cyItem, decision: 'holdBack', note: "Let's talk about this one." } }, co);
    expect(t.feedback.round!.items[boItem]).toMatchObject({ status: 'approved', note: null });
    expect(t.feedback.round!.items[cyItem]).toMatchObject({ status: 'heldBack', note: "Let's talk about this one." });
    t = screen(t, cyItem, 'approve', 'ignored');
    expect(t.feedback.round!.items[cyItem]).toMatchObject({ status: 'approved', note: null });
  });

  it('members cannot screen; unknown items are not found', () => {
    const { s, boItem } = twoItems();
    expect(codeOf(run(s, { type: 'feedback:screen', payload: { itemId: boItem, decision: 'approve' } }, member('ann')))).toBe('forbidden');
    expect(codeOf(run(s, { type: 'feedback:screen', payload: { itemId: 'nope', decision: 'approve' } }, fac))).toBe('not_found');
  });
});

describe('reveal', () => {
  it('waits until every item is screened, then shows only approved items, once', () => {
    const { s, boItem, cyItem } = twoItems();
    expect(codeOf(run(s, { type: 'feedback:reveal', payload: {} }, fac))).toBe('screening_pending');
    let t = screen(screen(s, boItem, 'approve'), cyItem, 'holdBack');
    t = ok(t, { type: 'feedback:reveal', payload: {} }, fac);
    expect(t.feedback.round).toMatchObject({ phase: 'revealed' });
    const shared = feedbackSharedView(t).round!;
    expect(Object.keys(shared.revealed!)).toEqual([boItem]);
    expect(shared.revealed![boItem]).toEqual({ recipient: 'ann', giverName: 'Bo', parts: ['you smiled', 'seen', 'why'], resonates: [] });
    expect(codeOf(run(t, { type: 'feedback:reveal', payload: {} }, fac))).toBe('conflict');
    expect(codeOf(run(t, { type: 'feedback:screen', payload: { itemId: cyItem, decision: 'approve' } }, fac))).toBe('round_revealed');
  });

  it('cannot reveal before the hot seat opens', () => {
    expect(codeOf(run(started({ focusId: 'ann' }), { type: 'feedback:reveal', payload: {} }, fac))).toBe('nothing_written');
  });

  it('anonymous items are revealed with no giver name', () => {
    const { s, boItem, cyItem } = twoItems(true);
    const t = ok(screen(screen(s, boItem, 'approve'), cyItem, 'approve'), { type: 'feedback:reveal', payload: {} }, fac);
    const shown = Object.values(feedbackSharedView(t).round!.revealed!);
    expect(shown.map((i) => i.giverName)).toEqual([null, null]);
  });
});

describe('resonance marks', () => {
  function revealed(mode: 'hotSeat' | 'group' = 'hotSeat') {
    let s = mode === 'hotSeat' ? writing() : started({ mode: 'group' });
    s = submit(s, 'bo');
    const [id] = itemIds(s) as [string];
    s = ok(screen(s, id, 'approve'), { type: 'feedback:reveal', payload: {} }, fac);
    return { s, id };
  }

  it('the recipient marks and unmarks; the group sees her marks only once she chooses to show them (issue 18)', () => {
    const { s, id } = revealed();
    const t = ok(s, { type: 'feedback:resonate', payload: { itemId: id, resonates: true } }, member('ann'));
    expect(feedbackSharedView(t).round!.revealed![id]!.resonates).toEqual([]);
    expect(feedbackMeView(t, 'ann')).toMatchObject({ marked: [id], marksShared: false });
    const again = run(t, { type: 'feedback:resonate', payload: { itemId: id, resonates: true } }, member('ann'));
    expect(again.ok && again.events).toEqual([]);
    const shown = ok(t, { type: 'feedback:shareMarks', payload: { shared: true } }, member('ann'));
    expect(feedbackSharedView(shown).round!.revealed![id]!.resonates).toEqual(['ann']);
    expect(feedbackMeView(shown, 'ann').marksShared).toBe(true);
    expect(codeOf(run(shown, { type: 'feedback:shareMarks', payload: { shared: true } }, fac))).toBe('forbidden');
    const off = ok(shown, { type: 'feedback:resonate', payload: { itemId: id, resonates: false } }, member('ann'));
    expect(feedbackSharedView(off).round!.revealed![id]!.resonates).toEqual([]);
    const hidden = ok(ok(off, { type: 'feedback:resonate', payload: { itemId: id, resonates: true } }, member('ann')), { type: 'feedback:shareMarks', payload: { shared: false } }, member('ann'));
    expect(feedbackSharedView(hidden).round!.revealed![id]!.resonates).toEqual([]);
  });

  it('others cannot mark hot-seat items; staff cannot mark; anyone may mark group items', () => {
    const { s, id } = revealed();
    expect(codeOf(run(s, { type: 'feedback:resonate', payload: { itemId: id, resonates: true } }, member('bo')))).toBe('forbidden');
    expect(codeOf(run(s, { type: 'feedback:resonate', payload: { itemId: id, resonates: true } }, fac))).toBe('forbidden');
    const g = revealed('group');
    expect(codeOf(run(g.s, { type: 'feedback:resonate', payload: { itemId: g.id, resonates: true } }, member('cy')))).toBe('ok');
  });

  it('unrevealed and held-back items answer as if they did not exist', () => {
    const { s, boItem, cyItem } = twoItems();
    expect(codeOf(run(s, { type: 'feedback:resonate', payload: { itemId: boItem, resonates: true } }, member('ann')))).toBe('not_found');
    const t = ok(screen(screen(s, boItem, 'approve'), cyItem, 'holdBack'), { type: 'feedback:reveal', payload: {} }, fac);
    expect(codeOf(run(t, { type: 'feedback:resonate', payload: { itemId: cyItem, resonates: true } }, member('ann')))).toBe('not_found');
  });
});

describe('the who-gave-to-whom grid', () => {
  it('counts approved, revealed items across rounds; anonymous ones in their own row', () => {
    // Round 1, named hot seat on Ann: Bo approved, Cy held back.
    let { s, boItem, cyItem } = twoItems();
    s = ok(screen(screen(s, boItem, 'approve'), cyItem, 'holdBack'), { type: 'feedback:reveal', payload: {} }, fac);
    s = ok(s, { type: 'feedback:end', payload: {} }, fac);
    // Round 2, anonymous pairs: Ann → Bo, Cy → Bo, Bo → Ann, all approved.
    s = started({ mode: 'pairs', anonymous: true }, s);
    s = submit(submit(submit(s, 'ann', undefined, 'bo'), 'cy', undefined, 'bo'), 'bo', undefined, 'ann');
    for (const id of itemIds(s)) s = screen(s, id, 'approve');
    s = ok(s, { type: 'feedback:reveal', payload: {} }, fac);
    expect(s.feedback.grid).toEqual({ named: { bo: { ann: 1 } }, anonymous: { bo: 2, ann: 1 } });
    expect(feedbackStaffView(s).grid).toEqual(s.feedback.grid);
    expect(feedbackStaffView(s).roundsHeld).toBe(1);
  });
});

describe('views', () => {
  it('before the reveal, everyone sees only the count; staff see items with names (named rounds)', () => {
    const { s } = twoItems();
    expect(feedbackSharedView(s).round).toMatchObject({ submitted: 2, revealed: null });
    expect(JSON.stringify(feedbackSharedView(s))).not.toContain('you smiled');
    expect(Object.values(feedbackStaffView(s).items).map((i) => i.giverName)).toEqual(['Bo', 'Cy']);
  });

  it('staff never see who wrote an anonymous item', () => {
    const { s } = twoItems(true);
    const staff = feedbackStaffView(s);
    expect(Object.values(staff.items).map((i) => [i.giverId, i.giverName])).toEqual([[null, null], [null, null]]);
    expect(JSON.stringify(staff)).not.toMatch(/"bo"|"cy"|Bo|Cy/);
  });

  it('a member sees their own draft and items (anonymous ones via their tag) with the note, nobody else\'s', () => {
    let { s, boItem, cyItem } = twoItems(true);
    s = screen(s, cyItem, 'holdBack', 'Can we talk after?');
    s = ok(s, { type: 'feedback:saveDraft', payload: { recipient: null, parts: ['draft', '', ''] } }, member('dee'));
    expect(feedbackMeView(s, 'dee', taggerFor('token-of-dee')).draft).toEqual({ recipient: null, parts: ['draft', '', ''] });
    const cy = feedbackMeView(s, 'cy', taggerFor('token-of-cy'));
    expect(Object.keys(cy.mine)).toEqual([cyItem]);
    expect(cy.mine[cyItem]).toMatchObject({ status: 'heldBack', note: 'Can we talk after?', anonymous: true });
    const bo = feedbackMeView(s, 'bo', taggerFor('token-of-bo'));
    expect(Object.keys(bo.mine)).toEqual([boItem]);
    expect(bo.draft).toBeNull();
    expect(feedbackMeView(s, 'bo', taggerFor('another-token')).mine).toEqual({});
    expect(feedbackMeView(s, 'ann', taggerFor('token-of-ann'))).toEqual({ draft: null, mine: {}, focusAnswer: 'open' });
  });

  it('the focus member\'s "not now" is shown to staff and to them, not in the shared view', () => {
    const s = ok(started({ focusId: 'ann' }), { type: 'feedback:answerFocus', payload: { open: false } }, member('ann'));
    expect(feedbackStaffView(s).focusAnswer).toBe('notNow');
    expect(feedbackMeView(s, 'ann').focusAnswer).toBe('notNow');
    expect(JSON.stringify(feedbackSharedView(s))).not.toContain('notNow');
    // Members do not even learn who was asked until that person says yes.
    expect(feedbackSharedView(s).round!.focusId).toBeNull();
    expect(feedbackStaffView(s).focusId).toBe('ann');
    const open = ok(s, { type: 'feedback:answerFocus', payload: { open: true } }, member('ann'));
    expect(feedbackSharedView(open).round!.focusId).toBe('ann');
  });
});
