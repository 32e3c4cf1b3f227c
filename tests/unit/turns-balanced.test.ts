import { describe, expect, it } from 'vitest';
import { balancedOrder, balancedPosition } from '../../shared/turns/balanced.js';
import { T0, done, errorCode, fac, give, member, must, queueIds, raise, room } from '../support/turns-fixtures.js';

const hands = (...ids: string[]) => ids.map((id, i) => ({ id, raisedAt: T0 + i }));

describe('balanced ordering (pure)', () => {
  it.each<{ queue: string[]; talk: Record<string, number>; id: string; talk2?: number; at: number }>([
    // queue (raised in this order), talk ms, newcomer's talk → position
    { queue: [], talk: {}, id: 'x', at: 0 },
    { queue: ['a', 'b'], talk: { a: 10, b: 20 }, id: 'x', at: 0 },
    { queue: ['a', 'b'], talk: { a: 10, b: 20 }, id: 'x', talk2: 15, at: 1 },
    { queue: ['a', 'b'], talk: { a: 10, b: 20 }, id: 'x', talk2: 10, at: 1 },
    { queue: ['a', 'b'], talk: { a: 10, b: 20 }, id: 'x', talk2: 99, at: 2 },
  ])('places a newcomer with $talk2 ms among $talk at $at', ({ queue, talk, id, talk2, at }) => {
    expect(balancedPosition(hands(...queue), id, { ...talk, [id]: talk2 ?? 0 })).toBe(at);
  });

  it('orders by least talk time, ties by who raised first', () => {
    expect(balancedOrder(hands('a', 'b', 'c', 'd'), { a: 50, b: 10, c: 0, d: 10 })).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('balanced queue in the room', () => {
  /** ann spoke 60 s, bo 20 s, cy never. */
  function spoken() {
    let s = done(give(room(), 'ann', T0), member('ann'), T0 + 60_000);
    s = done(give(s, 'bo', T0 + 60_000), member('bo'), T0 + 80_000);
    return s;
  }

  it('turning it on reorders the queue by talk time', () => {
    let s = raise(raise(raise(spoken(), 'ann', T0 + 90_000), 'bo', T0 + 91_000), 'cy', T0 + 92_000);
    expect(queueIds(s)).toEqual(['ann', 'bo', 'cy']);
    s = must(s, { type: 'turns:setBalanced', payload: { enabled: true } }, fac, T0 + 93_000);
    expect(s.turns.balanced).toBe(true);
    expect(queueIds(s)).toEqual(['cy', 'bo', 'ann']);
  });

  it('places each new hand by talk time while on', () => {
    let s = must(spoken(), { type: 'turns:setBalanced', payload: { enabled: true } }, fac, T0 + 90_000);
    s = raise(s, 'ann', T0 + 91_000);
    s = raise(s, 'bo', T0 + 92_000);
    s = raise(s, 'cy', T0 + 93_000);
    expect(queueIds(s)).toEqual(['cy', 'bo', 'ann']);
  });

  it('counts the current speaker’s open turn', () => {
    let s = must(room(), { type: 'turns:setBalanced', payload: { enabled: true } }, fac);
    s = raise(s, 'bo', T0 + 1);
    s = give(s, 'ann', T0 + 10);
    s = done(s, member('ann'), T0 + 30_000);
    s = give(s, 'cy', T0 + 30_000);
    // cy has spoken 5 s so far, ann 30 s: ann goes after bo (0 s); cy is speaking and cannot queue.
    s = raise(s, 'ann', T0 + 35_000);
    expect(queueIds(s)).toEqual(['bo', 'ann']);
  });

  it('keeps the facilitator’s override; new hands are placed around it', () => {
    let s = must(spoken(), { type: 'turns:setBalanced', payload: { enabled: true } }, fac, T0 + 90_000);
    s = raise(raise(s, 'cy', T0 + 91_000), 'ann', T0 + 92_000);
    s = must(s, { type: 'turns:move', payload: { participantId: 'ann', direction: 'up' } }, fac);
    expect(queueIds(s)).toEqual(['ann', 'cy']);
    s = raise(s, 'bo', T0 + 93_000);
    // bo (20 s) goes before the first person who spoke longer; ann stays ahead of cy as the facilitator set.
    expect(queueIds(s)).toEqual(['bo', 'ann', 'cy']);
  });

  it('turning it off keeps the current order and queues new hands at the end', () => {
    let s = must(spoken(), { type: 'turns:setBalanced', payload: { enabled: true } }, fac, T0 + 90_000);
    s = raise(raise(s, 'ann', T0 + 91_000), 'cy', T0 + 92_000);
    s = must(s, { type: 'turns:setBalanced', payload: { enabled: false } }, fac, T0 + 93_000);
    expect(queueIds(s)).toEqual(['cy', 'ann']);
    expect(queueIds(raise(s, 'bo', T0 + 94_000))).toEqual(['cy', 'ann', 'bo']);
  });

  it('members cannot switch it', () => {
    expect(errorCode(room(), { type: 'turns:setBalanced', payload: { enabled: true } }, member('ann'))).toBe('forbidden');
  });
});
