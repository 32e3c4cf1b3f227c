import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/commands.js';
import { PART_MAX } from '../../shared/feedback/limits.js';
import { T0, WFW, codeOf, fac, co, member, ok, room, run, started, submit, writing, itemIds } from '../support/feedback-fixtures.js';

describe('starting a round', () => {
  it('a hot-seat round first asks the focus member', () => {
    const s = started({ mode: 'hotSeat', focusId: 'bo', minutes: 5 });
    expect(s.feedback.round).toMatchObject({ mode: 'hotSeat', focusId: 'bo', focusAnswer: 'asked', phase: 'consent', labels: WFW, attribution: 'named' });
    expect(s.feedback.round!.writeUntil).toBe(T0 + 5 * 60_000);
  });

  it('pairs and group rounds open for writing at once', () => {
    expect(started({ mode: 'pairs' }).feedback.round).toMatchObject({ phase: 'writing', focusId: null, focusAnswer: null });
    expect(started({ mode: 'group', anonymous: true }).feedback.round).toMatchObject({ phase: 'writing', attribution: 'anonymous' });
  });

  it('the co-facilitator can start one too; members cannot', () => {
    const payload = { mode: 'group' as const, labels: WFW, anonymous: false };
    expect(codeOf(run(room(), { type: 'feedback:start', payload }, co))).toBe('ok');
    expect(codeOf(run(room(), { type: 'feedback:start', payload }, member('ann')))).toBe('forbidden');
  });

  it('refuses a second round, a hot seat without a member, and a focus that is not a member', () => {
    const s = started({ mode: 'group' });
    expect(codeOf(run(s, { type: 'feedback:start', payload: { mode: 'group', labels: WFW, anonymous: false } }, fac))).toBe('round_already_open');
    expect(codeOf(run(room(), { type: 'feedback:start', payload: { mode: 'hotSeat', labels: WFW, anonymous: false } }, fac))).toBe('invalid_payload');
    expect(codeOf(run(room(), { type: 'feedback:start', payload: { mode: 'hotSeat', focusId: 'co', labels: WFW, anonymous: false } }, fac))).toBe('not_found');
    expect(codeOf(run(room(), { type: 'feedback:start', payload: { mode: 'group', focusId: 'ann', labels: WFW, anonymous: false } }, fac))).toBe('invalid_payload');
  });

  it('schemas: 2–3 labels, parts at most 500 characters, strict payloads', () => {
    const start = commandSchemas['feedback:start'];
    expect(start.safeParse({ mode: 'group', labels: ['One'], anonymous: false }).success).toBe(false);
    expect(start.safeParse({ mode: 'group', labels: ['A', 'B', 'C', 'D'], anonymous: false }).success).toBe(false);
    expect(start.safeParse({ mode: 'group', labels: ['  I  appreciate… ', "I'd like more of…"], anonymous: false }).data?.labels[0]).toBe('I appreciate…');
    expect(start.safeParse({ mode: 'group', labels: ['A', 'B'], anonymous: false, extra: 1 }).success).toBe(false);
    const sub = commandSchemas['feedback:submit'];
    expect(sub.safeParse({ recipient: null, parts: ['x'.repeat(PART_MAX), 'y'] }).success).toBe(true);
    expect(sub.safeParse({ recipient: null, parts: ['x'.repeat(PART_MAX + 1), 'y'] }).success).toBe(false);
  });
});

describe('the hot seat', () => {
  it('the focus member opens it; the time to write starts then', () => {
    const s = started({ focusId: 'ann', minutes: 5 });
    const later = T0 + 60_000;
    const s2 = ok(s, { type: 'feedback:answerFocus', payload: { open: true } }, member('ann'), later);
    expect(s2.feedback.round).toMatchObject({ phase: 'writing', focusAnswer: 'open', writeUntil: later + 5 * 60_000 });
  });

  it('"not now" keeps the round waiting; the facilitator picks someone else, who is asked afresh', () => {
    const s = ok(started({ focusId: 'ann' }), { type: 'feedback:answerFocus', payload: { open: false } }, member('ann'));
    expect(s.feedback.round).toMatchObject({ phase: 'consent', focusAnswer: 'notNow' });
    const s2 = ok(s, { type: 'feedback:setFocus', payload: { focusId: 'bo' } }, fac);
    expect(s2.feedback.round).toMatchObject({ focusId: 'bo', focusAnswer: 'asked', phase: 'consent' });
    expect(codeOf(run(s2, { type: 'feedback:answerFocus', payload: { open: true } }, member('ann')))).toBe('forbidden');
  });

  it('the focus member may change "not now" to yes; a member who left cannot be asked', () => {
    let s = ok(started({ focusId: 'ann' }), { type: 'feedback:answerFocus', payload: { open: false } }, member('ann'));
    s = ok(s, { type: 'feedback:answerFocus', payload: { open: true } }, member('ann'));
    expect(s.feedback.round).toMatchObject({ phase: 'writing', focusAnswer: 'open' });
    const left = ok(started({ focusId: 'ann' }), { type: 'session:leave', payload: {} }, member('bo'));
    expect(codeOf(run(left, { type: 'feedback:setFocus', payload: { focusId: 'bo' } }, fac))).toBe('member_not_present');
  });

  it('nobody writes before the focus member is open to it, and the focus member does not give', () => {
    const s = started({ focusId: 'ann' });
    expect(codeOf(run(s, { type: 'feedback:saveDraft', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('bo')))).toBe('round_awaiting_consent');
    const w = writing();
    expect(codeOf(run(w, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('ann')))).toBe('forbidden');
    expect(codeOf(run(w, { type: 'feedback:setFocus', payload: { focusId: 'bo' } }, fac))).toBe('round_past_consent');
  });

  it('items go to the focus member whatever recipient is sent', () => {
    const s = ok(writing(), { type: 'feedback:submit', payload: { recipient: 'cy', parts: ['a', 'b', 'c'] } }, member('bo'));
    expect(Object.values(s.feedback.round!.items)[0]!.recipient).toBe('ann');
  });
});

describe('writing and submitting', () => {
  it('a draft is kept under the writer\'s tag, never their id, and submitting clears it', () => {
    const s = ok(writing({ anonymous: true }), { type: 'feedback:saveDraft', payload: { recipient: null, parts: ['a', '', ''] } }, member('bo'));
    const drafts = s.feedback.round!.drafts;
    expect(Object.values(drafts)).toEqual([{ recipient: null, parts: ['a', '', ''] }]);
    expect(JSON.stringify(drafts)).not.toContain('bo');
    const s2 = submit(s, 'bo');
    expect(s2.feedback.round!.drafts).toEqual({});
  });

  it('named items carry the giver id; anonymous items carry none', () => {
    const named = submit(writing(), 'bo');
    expect(Object.values(named.feedback.round!.items)[0]).toMatchObject({ giverId: 'bo', ownerTag: null, status: 'pending' });
    const anon = submit(writing({ anonymous: true }), 'bo');
    const item = Object.values(anon.feedback.round!.items)[0]!;
    expect(item.giverId).toBeNull();
    expect(item.ownerTag).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(anon.feedback)).not.toContain('"bo"');
  });

  it('one item per giver and recipient a round, named or anonymous', () => {
    for (const anonymous of [false, true]) {
      const s = submit(writing({ anonymous }), 'bo');
      expect(codeOf(run(s, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('bo')))).toBe('conflict');
      expect(codeOf(run(s, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('cy')))).toBe('ok');
    }
  });

  it('pairs: the giver picks a recipient, never themselves, and may give to several', () => {
    let s = started({ mode: 'pairs' });
    const send = (to: string | null) => run(s, { type: 'feedback:submit', payload: { recipient: to, parts: ['a', 'b', 'c'] } }, member('ann'));
    expect(codeOf(send(null))).toBe('forbidden');
    expect(codeOf(send('ann'))).toBe('forbidden');
    expect(codeOf(send('co'))).toBe('forbidden');
    expect(codeOf(send('nobody'))).toBe('forbidden');
    s = submit(s, 'ann', undefined, 'bo');
    s = submit(s, 'ann', undefined, 'cy');
    expect(Object.values(s.feedback.round!.items).map((i) => i.recipient)).toEqual(['bo', 'cy']);
  });

  it('group: items go to the group', () => {
    const s = submit(started({ mode: 'group' }), 'ann');
    expect(Object.values(s.feedback.round!.items)[0]!.recipient).toBe('group');
  });

  it('refuses empty items, the wrong number of parts, staff writers and connections without a tag', () => {
    const w = writing();
    expect(codeOf(run(w, { type: 'feedback:submit', payload: { recipient: null, parts: [' ', '', ''] } }, member('bo')))).toBe('invalid_payload');
    expect(codeOf(run(w, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b'] } }, member('bo')))).toBe('invalid_payload');
    expect(codeOf(run(w, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, fac))).toBe('forbidden');
    expect(codeOf(run(w, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, { kind: 'participant', id: 'bo', role: 'member' }))).toBe('forbidden');
  });

  it('a late item is still accepted until the reveal (the time to write is a guide)', () => {
    const s = ok(started({ focusId: 'ann', minutes: 1 }), { type: 'feedback:answerFocus', payload: { open: true } }, member('ann'));
    const late = run(s, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('bo'), T0 + 10 * 60_000);
    expect(codeOf(late)).toBe('ok');
  });

  it('no submissions or drafts after the reveal', () => {
    let s = submit(writing(), 'bo');
    s = ok(s, { type: 'feedback:screen', payload: { itemId: itemIds(s)[0]!, decision: 'approve' } }, fac);
    s = ok(s, { type: 'feedback:reveal', payload: {} }, fac);
    expect(codeOf(run(s, { type: 'feedback:submit', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('cy')))).toBe('round_revealed');
    expect(codeOf(run(s, { type: 'feedback:saveDraft', payload: { recipient: null, parts: ['a', 'b', 'c'] } }, member('cy')))).toBe('round_revealed');
  });

  it('ending a round discards drafts and items and keeps a summary', () => {
    let s = ok(submit(writing(), 'bo'), { type: 'feedback:saveDraft', payload: { recipient: null, parts: ['x', '', ''] } }, member('cy'));
    s = ok(s, { type: 'feedback:end', payload: {} }, co, T0 + 1000);
    expect(s.feedback.round).toBeNull();
    expect(s.feedback.history).toEqual([expect.objectContaining({ mode: 'hotSeat', submitted: 1, approved: 0, endedAt: T0 + 1000 })]);
    expect(codeOf(run(s, { type: 'feedback:end', payload: {} }, fac))).toBe('no_round_open');
  });

  it('ending the session closes the open round', () => {
    const s = ok(writing(), { type: 'session:end', payload: {} }, fac);
    expect(s.feedback.round).toBeNull();
    expect(s.feedback.history).toHaveLength(1);
  });
});
