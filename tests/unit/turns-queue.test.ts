import { describe, expect, it } from 'vitest';
import { isOverTime, ordinal, turnsView, upNext } from '../../shared/turns/views.js';
import { talkTimeByParticipant } from '../../shared/talk/time.js';
import { T0, co, done, errorCode, fac, give, holder, member, must, next, presence, queueIds, raise, room, run } from '../support/turns-fixtures.js';

const ann = member('ann');
const bo = member('bo');

describe('raising and lowering hands', () => {
  it('queues hands in the order raised, and raising twice changes nothing', () => {
    let s = raise(raise(room(), 'bo'), 'ann');
    const v = s.v;
    s = raise(s, 'bo', T0 + 5);
    expect(queueIds(s)).toEqual(['bo', 'ann']);
    expect(s.v).toBe(v);
    expect(s.turns.queue[0]).toEqual({ id: 'bo', raisedAt: T0 });
  });

  it('a member lowers their own hand but not another member’s', () => {
    const s = raise(raise(room(), 'ann'), 'bo');
    expect(errorCode(s, { type: 'turns:lowerHand', payload: { participantId: 'bo' } }, ann)).toBe('forbidden');
    const lowered = must(s, { type: 'turns:lowerHand', payload: { participantId: 'ann' } }, ann);
    expect(queueIds(lowered)).toEqual(['bo']);
  });

  it('facilitators lower anyone’s hand, or all of them', () => {
    const s = raise(raise(room(), 'ann'), 'bo');
    expect(queueIds(must(s, { type: 'turns:lowerHand', payload: { participantId: 'bo' } }, co))).toEqual(['ann']);
    expect(queueIds(must(s, { type: 'turns:lowerAll', payload: {} }, fac))).toEqual([]);
  });

  it('facilitators cannot raise a hand; members cannot lower all', () => {
    expect(errorCode(room(), { type: 'turns:raiseHand', payload: {} }, fac)).toBe('forbidden');
    expect(errorCode(room(), { type: 'turns:lowerAll', payload: {} }, ann)).toBe('forbidden');
  });

  it('moves a hand up and down; moving past either end changes nothing', () => {
    let s = raise(raise(raise(room(), 'ann'), 'bo'), 'cy');
    s = must(s, { type: 'turns:move', payload: { participantId: 'cy', direction: 'up' } }, fac);
    expect(queueIds(s)).toEqual(['ann', 'cy', 'bo']);
    s = must(s, { type: 'turns:move', payload: { participantId: 'ann', direction: 'down' } }, co);
    expect(queueIds(s)).toEqual(['cy', 'ann', 'bo']);
    const v = s.v;
    expect(must(s, { type: 'turns:move', payload: { participantId: 'cy', direction: 'up' } }, fac).v).toBe(v);
    expect(errorCode(s, { type: 'turns:move', payload: { participantId: 'dee', direction: 'up' } }, fac)).toBe('conflict');
    expect(errorCode(s, { type: 'turns:move', payload: { participantId: 'ann', direction: 'up' } }, ann)).toBe('forbidden');
  });

  it('a member who leaves or is removed drops out of the queue; one reconnecting keeps their place', () => {
    let s = raise(raise(raise(room(), 'ann'), 'bo'), 'cy');
    s = presence(s, 'ann', 'reconnecting');
    expect(queueIds(s)).toEqual(['ann', 'bo', 'cy']);
    s = presence(s, 'ann', 'left');
    expect(queueIds(s)).toEqual(['bo', 'cy']);
    s = must(s, { type: 'session:remove', payload: { participantId: 'cy' } }, fac);
    expect(queueIds(s)).toEqual(['bo']);
  });
});

describe('the floor', () => {
  it('"next" gives the floor to the first hand and lowers it', () => {
    const s = next(raise(raise(room(), 'bo'), 'ann'), T0 + 1000);
    expect(s.turns.floor).toEqual({ holderId: 'bo', since: T0 + 1000, turnLength: null, source: 'queue' });
    expect(queueIds(s)).toEqual(['ann']);
    expect(s.turns.turn).toBe(1);
  });

  it('"next" with no hands raised is refused', () => {
    expect(errorCode(room(), { type: 'turns:next', payload: { expectedTurn: 0 } }, fac)).toBe('no_hands_raised');
  });

  it('gives the floor to anyone present, staff included, but not to someone who left', () => {
    expect(holder(give(room(), 'cy'))).toBe('cy');
    expect(give(room(), 'cy').turns.floor?.source).toBe('direct');
    expect(holder(give(room(), 'co'))).toBe('co');
    const gone = presence(room(), 'cy', 'left');
    expect(errorCode(gone, { type: 'turns:give', payload: { participantId: 'cy', expectedTurn: 0 } }, fac)).toBe('member_not_present');
    expect(errorCode(gone, { type: 'turns:give', payload: { participantId: 'nobody', expectedTurn: 0 } }, fac)).toBe('not_found');
  });

  it('the speaker says "I\'m done"; another member may not end it; a facilitator takes it back', () => {
    const s = give(room(), 'ann', T0);
    expect(errorCode(s, { type: 'turns:endTurn', payload: { expectedTurn: s.turns.turn } }, bo)).toBe('forbidden');
    const ended = done(s, ann, T0 + 60_000);
    expect(ended.turns.floor).toBeNull();
    expect(ended.turns.floorIntervals).toEqual([{ participantId: 'ann', from: T0, to: T0 + 60_000, source: 'floor' }]);
    expect(done(s, co, T0 + 1).turns.floor).toBeNull();
  });

  it('the speaker cannot raise a hand while they hold the floor', () => {
    expect(errorCode(give(room(), 'ann'), { type: 'turns:raiseHand', payload: {} }, ann)).toBe('has_floor');
  });

  it('two "next" presses from the same screen give exactly one change and one conflict', () => {
    const s = raise(raise(room(), 'ann'), 'bo');
    const seen = s.turns.turn;
    const first = must(s, { type: 'turns:next', payload: { expectedTurn: seen } }, fac);
    const second = run(first, { type: 'turns:next', payload: { expectedTurn: seen } }, co);
    expect(holder(first)).toBe('ann');
    expect(second.ok ? null : second.error.code).toBe('conflict');
  });

  it('a stale "I\'m done" cannot end a later turn of the same person (no ABA)', () => {
    const s = give(room(), 'ann');
    const stale = s.turns.turn;
    const again = give(done(s, ann, T0 + 10), 'ann', T0 + 20);
    expect(errorCode(again, { type: 'turns:endTurn', payload: { expectedTurn: stale } }, ann, T0 + 30)).toBe('conflict');
  });

  it('closes the floor interval when the holder leaves, is removed, a break starts or the session ends', () => {
    const closedBy = [
      (s: ReturnType<typeof room>) => presence(s, 'ann', 'left', T0 + 5000),
      (s: ReturnType<typeof room>) => must(s, { type: 'session:remove', payload: { participantId: 'ann' } }, fac, T0 + 5000),
      (s: ReturnType<typeof room>) => must(s, { type: 'break:start', payload: { minutes: 5 } }, fac, T0 + 5000),
      (s: ReturnType<typeof room>) => must(s, { type: 'session:end', payload: {} }, fac, T0 + 5000),
    ];
    for (const close of closedBy) {
      const s = close(give(room(), 'ann'));
      expect(s.turns.floor).toBeNull();
      expect(s.turns.floorIntervals).toEqual([{ participantId: 'ann', from: T0, to: T0 + 5000, source: 'floor' }]);
    }
  });

  it('a break refuses giving the floor until it is over', () => {
    const s = must(raise(room(), 'ann'), { type: 'break:start', payload: { minutes: 5 } }, fac);
    expect(errorCode(s, { type: 'turns:next', payload: { expectedTurn: s.turns.turn } }, fac)).toBe('on_break');
    expect(holder(next(s, T0 + 5 * 60_000))).toBe('ann');
  });
});

describe('timed turns', () => {
  it('stores the length with the floor and shows over time, never cutting off', () => {
    let s = must(room(), { type: 'turns:setTurnLength', payload: { seconds: 120 } }, fac);
    s = give(s, 'ann', T0);
    expect(s.turns.floor?.turnLength).toBe(120_000);
    expect(isOverTime(s.turns.floor, T0 + 120_000)).toBe(false);
    expect(isOverTime(s.turns.floor, T0 + 120_001)).toBe(true);
    s = must(s, { type: 'turns:setTurnLength', payload: { seconds: null } }, co, T0 + 1);
    expect(s.turns.floor?.turnLength).toBeNull();
    expect(holder(s)).toBe('ann');
  });

  it('members cannot set the turn length', () => {
    expect(errorCode(room(), { type: 'turns:setTurnLength', payload: { seconds: 60 } }, ann)).toBe('forbidden');
  });
});

describe('view and helpers', () => {
  it('shows the queue, floor and who is next alike to all', () => {
    const s = raise(raise(give(room(), 'cy'), 'bo'), 'ann');
    const v = turnsView(s);
    expect(v).toMatchObject({ queue: ['bo', 'ann'], turn: 1, goAround: null });
    expect(upNext(v)).toBe('bo');
  });

  it('writes ordinals people read', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st'],
    );
  });

  it('talk time sums closed floor turns and the open one up to now', () => {
    let s = done(give(room(), 'ann', T0), ann, T0 + 30_000);
    s = give(s, 'bo', T0 + 40_000);
    s = give(s, 'ann', T0 + 50_000);
    expect(talkTimeByParticipant(s, T0 + 60_000)).toEqual({ ann: 40_000, bo: 10_000 });
  });
});
