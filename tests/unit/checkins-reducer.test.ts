import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { checkinSummary } from '../../shared/checkin/summary.js';
import { activeCheckin } from '../../shared/checkin/state.js';
import { setPresence, withPeople } from '../support/domain-room.js';
import { viewFor } from '../../shared/domain/views.js';
import { codeOf, co, fac, member, mustRun, room, run, T0 } from '../support/checkins-fixture.js';

const startScale = (extra: Record<string, unknown> = {}): Command => ({
  type: 'checkin:start',
  payload: { prompt: 'How are you arriving?', format: { kind: 'scale', low: 'struggling', high: 'doing well', ...extra } } as never,
});
const answer = (checkinId: string, value: number | string): Command => ({ type: 'checkin:answer', payload: { checkinId, value } });
const by = (type: 'checkin:stop' | 'checkin:reveal' | 'checkin:close', checkinId: string): Command => ({ type, payload: { checkinId } });

function started(command: Command = startScale(), members = 4) {
  const s = mustRun(room(members), command, fac);
  return { s, id: activeCheckin(s)!.id };
}

describe('starting', () => {
  it('opens a check-in with the default minimum of 3', () => {
    const { s } = started();
    expect(activeCheckin(s)).toMatchObject({ phase: 'open', minimum: 3, startedAt: T0, answered: {} });
  });

  it('a co-facilitator may start one too, but only one at a time', () => {
    const { s } = started();
    expect(codeOf(run(s, startScale(), co))).toBe('checkin_already_open');
    expect(run(room(), startScale(), co).ok).toBe(true);
  });

  it('after closing, a new one can start, and the old one stays for the summary', () => {
    const { s, id } = started();
    const closed = mustRun(s, by('checkin:close', id), fac);
    const again = mustRun(closed, { type: 'checkin:start', payload: { prompt: 'One word', format: { kind: 'word' } } }, fac);
    expect(checkinSummary(again).map((e) => e.format)).toEqual(['scale', 'word']);
  });
});

describe('answering', () => {
  it('counts an answer and remembers who answered, apart from the value', () => {
    const { s, id } = started();
    const next = mustRun(s, answer(id, 7), member(1));
    const c = activeCheckin(next)!;
    expect(c.answered).toEqual({ m1: true });
    expect(c.tally).toEqual({ kind: 'scale', counts: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] });
  });

  it('refuses a second answer from the same member with already_answered', () => {
    const { s, id } = started();
    const once = mustRun(s, answer(id, 7), member(1));
    expect(codeOf(run(once, answer(id, 2), member(1)))).toBe('already_answered');
  });

  it('refuses answers that do not fit the format, without echoing them', () => {
    const { s, id } = started();
    const r = run(s, answer(id, 'secret-word'), member(1));
    expect(codeOf(r)).toBe('invalid_payload');
    expect(JSON.stringify(r)).not.toContain('secret-word');
    const w = started({ type: 'checkin:start', payload: { prompt: 'One word', format: { kind: 'word' } } });
    expect(codeOf(run(w.s, answer(w.id, 'x'.repeat(31)), member(1)))).toBe('invalid_payload');
    expect(codeOf(run(w.s, answer(w.id, 3), member(1)))).toBe('invalid_payload');
    const c = started({ type: 'checkin:start', payload: { prompt: 'Feeling', format: { kind: 'choice', options: ['a', 'b'] } } });
    expect(codeOf(run(c.s, answer(c.id, 2), member(1)))).toBe('invalid_payload');
    expect(run(c.s, answer(c.id, 1), member(1)).ok).toBe(true);
  });

  it('normalises words before counting', () => {
    let { s, id } = started({ type: 'checkin:start', payload: { prompt: 'One word', format: { kind: 'word' } } });
    s = mustRun(s, answer(id, ' Tired '), member(1));
    s = mustRun(s, answer(id, 'TIRED'), member(2));
    expect(activeCheckin(s)!.tally).toEqual({ kind: 'word', words: [['tired', 2]] });
  });

  it('facilitators do not answer; answers to an old or unknown check-in are refused', () => {
    const { s, id } = started();
    expect(codeOf(run(s, answer(id, 5), fac))).toBe('forbidden');
    expect(codeOf(run(s, answer('nope', 5), member(1)))).toBe('not_found');
  });

  it('takes no answers once stopped or revealed', () => {
    let { s, id } = started();
    for (const i of [1, 2, 3]) s = mustRun(s, answer(id, i), member(i));
    const stopped = mustRun(s, by('checkin:stop', id), fac);
    expect(codeOf(run(stopped, answer(id, 4), member(4)))).toBe('checkin_closed');
    const revealed = mustRun(s, by('checkin:reveal', id), fac);
    expect(codeOf(run(revealed, answer(id, 4), member(4)))).toBe('checkin_closed');
  });
});

describe('reveal', () => {
  it('is refused below the minimum with too_few_answers, then allowed', () => {
    let { s, id } = started();
    s = mustRun(s, answer(id, 1), member(1));
    s = mustRun(s, answer(id, 2), member(2));
    const r = run(s, by('checkin:reveal', id), fac);
    expect(codeOf(r)).toBe('too_few_answers');
    expect(r.ok ? '' : r.error.message).toContain('at least 3');
    s = mustRun(s, answer(id, 9), member(3));
    s = mustRun(s, by('checkin:reveal', id), co);
    expect(activeCheckin(s)!.phase).toBe('revealed');
  });

  it('a facilitator may raise the minimum, never set it below 2', () => {
    const { s } = started(startScale());
    expect(activeCheckin(s)!.minimum).toBe(3);
    const raised = started({ type: 'checkin:start', payload: { prompt: 'p', format: { kind: 'word' }, minimum: 5 } });
    expect(activeCheckin(raised.s)!.minimum).toBe(5);
    // Below 2 never reaches decide: the schema refuses it (tested in the integration tests too).
  });

  it('results survive closing and appear in the summary; unrevealed ones show only a count', () => {
    let { s, id } = started();
    for (const i of [1, 2, 3]) s = mustRun(s, answer(id, i * 3), member(i));
    s = mustRun(mustRun(s, by('checkin:reveal', id), fac), by('checkin:close', id), fac);
    expect(activeCheckin(s)).toBeNull();
    let w = mustRun(s, { type: 'checkin:start', payload: { prompt: 'Word', format: { kind: 'word' } } }, fac);
    const wid = activeCheckin(w)!.id;
    w = mustRun(mustRun(w, answer(wid, 'calm'), member(1)), by('checkin:close', wid), fac);
    const [first, second] = checkinSummary(w);
    expect(first).toMatchObject({ answered: 3, results: { kind: 'scale', mean: 6, median: 6 } });
    expect(second).toEqual({ id: wid, prompt: 'Word', format: 'word', startedAt: T0, answered: 1 });
  });
});

describe('only facilitators run a check-in', () => {
  it.each(['checkin:start', 'checkin:stop', 'checkin:reveal', 'checkin:close'] as const)('a member may not send %s', (type) => {
    const { s, id } = started();
    const command = type === 'checkin:start' ? startScale() : by(type, id);
    expect(codeOf(run(s, command, member(1)))).toBe('forbidden');
  });
});

describe('views', () => {
  it('before reveal everyone sees counts only; the answering member sees that they answered, never what', () => {
    let { s, id } = started(startScale({ cutoff: 2 }));
    s = mustRun(s, answer(id, 2), member(1));
    const forMember = viewFor(s, 'm1');
    expect(forMember.shared!.checkin).toEqual({
      id,
      prompt: 'How are you arriving?',
      format: { kind: 'scale', low: 'struggling', high: 'doing well' },
      minimum: 3,
      phase: 'open',
      startedAt: T0,
      answered: 1,
      expected: 4,
    });
    expect(forMember.me.checkin).toEqual({ id, answered: true });
    expect(viewFor(s, 'm2').me.checkin).toEqual({ id, answered: false });
    const forStaff = viewFor(s, 'fac');
    expect(forStaff.shared!.checkin).toEqual(forMember.shared!.checkin);
    expect(forStaff.shared!.staff!.checkin).toEqual({ cutoff: 2, atOrBelow: null });
    expect(forStaff.me.checkin).toBeUndefined();
  });

  it('the staff cut-off count appears only once answers stop, and only at or above the minimum', () => {
    let { s, id } = started(startScale({ cutoff: 2 }));
    s = mustRun(s, answer(id, 1), member(1));
    s = mustRun(s, answer(id, 8), member(2));
    expect(viewFor(mustRun(s, by('checkin:stop', id), fac), 'fac').shared!.staff!.checkin).toEqual({ cutoff: 2, atOrBelow: null });
    s = mustRun(s, answer(id, 2), member(3));
    expect(viewFor(s, 'fac').shared!.staff!.checkin!.atOrBelow).toBeNull();
    s = mustRun(s, by('checkin:stop', id), fac);
    expect(viewFor(s, 'fac').shared!.staff!.checkin).toEqual({ cutoff: 2, atOrBelow: 2 });
    expect(viewFor(s, 'm1').shared!.staff).toBeUndefined();
  });

  it('after reveal everyone sees the same aggregate', () => {
    let { s, id } = started();
    for (const [i, v] of [[1, 3], [2, 7], [3, 8]] as const) s = mustRun(s, answer(id, v), member(i));
    s = mustRun(s, by('checkin:reveal', id), fac);
    const m = viewFor(s, 'm4').shared!.checkin!;
    expect(m.results).toMatchObject({ kind: 'scale', count: 3, mean: 6, median: 7, min: 3, max: 8 });
    expect(viewFor(s, 'fac').shared!.checkin).toEqual(m);
  });

  it('"of m" never drops when a member leaves, whether or not they answered (it would tell which)', () => {
    let { s, id } = started();
    s = mustRun(s, answer(id, 3), member(1));
    const before = viewFor(s, 'fac').shared!.checkin;
    expect(before).toMatchObject({ answered: 1, expected: 4 });
    const afterAnswererLeft = setPresence(s, 'm1', 'left', T0 + 1);
    const afterOtherLeft = setPresence(s, 'm2', 'left', T0 + 1);
    // Same counts either way, and the same as before: a leaver's departure says nothing about their answer.
    expect(viewFor(afterAnswererLeft, 'm3').shared!.checkin).toEqual(before);
    expect(viewFor(afterOtherLeft, 'm3').shared!.checkin).toEqual(before);
  });

  it('"of m" grows when a member arrives while it is open, not after answers stop', () => {
    let { s, id } = started();
    s = withPeople(s, [{ id: 'm5', name: 'Member5', role: 'member' }], T0 + 1);
    expect(viewFor(s, 'fac').shared!.checkin).toMatchObject({ answered: 0, expected: 5 });
    s = mustRun(s, by('checkin:stop', id), fac);
    s = withPeople(s, [{ id: 'm6', name: 'Member6', role: 'member' }], T0 + 2);
    expect(viewFor(s, 'fac').shared!.checkin).toMatchObject({ expected: 5 });
  });

  it('ending the session closes the check-in', () => {
    const { s } = started();
    const ended = mustRun(s, { type: 'session:end', payload: {} }, fac, T0 + 5);
    expect(ended.checkins.activeId).toBeNull();
    expect(viewFor(ended, 'fac').shared!.checkin).toBeUndefined();
  });
});
