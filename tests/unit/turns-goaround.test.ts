import { describe, expect, it } from 'vitest';
import { turnsView } from '../../shared/turns/views.js';
import {
  T0,
  co,
  done,
  errorCode,
  fac,
  holder,
  join,
  member,
  must,
  pass,
  presence,
  raise,
  room,
  startRound,
} from '../support/turns-fixtures.js';

const ann = member('ann');
const bo = member('bo');
const cy = member('cy');
const dee = member('dee');
const four = () => room(['ann', 'bo', 'cy', 'dee']);

describe('go-around', () => {
  it('walks present members in roster order, with progress and who is next', () => {
    let s = startRound(four(), { seconds: 90 });
    expect(holder(s)).toBe('ann');
    expect(s.turns.floor).toMatchObject({ source: 'goaround', turnLength: 90_000 });
    expect(turnsView(s).goAround).toMatchObject({ step: 1, total: 4, current: 'ann', next: 'bo' });
    s = done(s, ann, T0 + 10_000);
    s = done(s, bo, T0 + 20_000);
    expect(turnsView(s).goAround).toMatchObject({ step: 3, total: 4, current: 'cy', next: 'dee' });
    s = done(s, cy, T0 + 30_000);
    s = done(s, dee, T0 + 40_000);
    expect(s.turns.goAround).toBeNull();
    expect(s.turns.floor).toBeNull();
    expect(s.turns.floorIntervals.map((i) => i.participantId)).toEqual(['ann', 'bo', 'cy', 'dee']);
  });

  it('leaves facilitators out of the round, and absent members too', () => {
    const s = startRound(presence(four(), 'bo', 'left'));
    expect(s.turns.goAround?.order).toEqual(['ann', 'cy', 'dee']);
  });

  it('shuffles with the decision’s random source and records the result in the event', () => {
    const r = must(four(), { type: 'turns:startGoAround', payload: { order: 'shuffled', seconds: null, includeLateJoiners: false } }, fac, T0, () => 0);
    // Fisher–Yates with random() = 0 moves each last item to the front in turn: a b c d → b c d a.
    expect(r.turns.goAround?.order).toEqual(['bo', 'cy', 'dee', 'ann']);
    expect(r.turns.goAround?.shuffled).toBe(true);
  });

  it('offers a turn again at the end to those who passed; a second pass is final', () => {
    let s = startRound(four());
    s = pass(s, ann);
    s = done(s, bo);
    s = pass(s, cy);
    expect(turnsView(s).goAround).toMatchObject({ current: 'dee', next: 'ann' });
    s = done(s, dee);
    expect(s.turns.goAround).toMatchObject({ revisiting: true, revisit: ['ann', 'cy'], index: 0 });
    expect(turnsView(s).goAround).toMatchObject({ step: 1, total: 2, current: 'ann', next: 'cy' });
    s = done(s, ann);
    s = pass(s, cy);
    expect(s.turns.goAround).toBeNull();
  });

  it('does not count a pass as talk time', () => {
    let s = startRound(four(), {}, T0);
    s = pass(s, ann, T0 + 3000);
    expect(s.turns.floorIntervals).toEqual([]);
    expect(s.turns.floor).toMatchObject({ holderId: 'bo', since: T0 + 3000 });
  });

  it('a member passes only their own turn; a facilitator may pass for the person up', () => {
    const s = startRound(four());
    expect(errorCode(s, { type: 'turns:pass', payload: { expectedTurn: s.turns.turn } }, bo)).toBe('forbidden');
    expect(holder(pass(s, co))).toBe('bo');
  });

  it('passing outside a go-around is refused', () => {
    const s = must(room(), { type: 'turns:give', payload: { participantId: 'ann', expectedTurn: 0 } }, fac);
    expect(errorCode(s, { type: 'turns:pass', payload: { expectedTurn: s.turns.turn } }, ann)).toBe('not_goaround_turn');
  });

  it('skips a member who left before their step, and moves on when the speaker leaves', () => {
    let s = startRound(four());
    s = presence(s, 'bo', 'left', T0 + 1000);
    s = done(s, ann, T0 + 2000);
    expect(holder(s)).toBe('cy');
    expect(s.turns.goAround?.outcomes.bo).toBe('skipped');
    s = presence(s, 'cy', 'left', T0 + 3000);
    expect(holder(s)).toBe('dee');
    expect(s.turns.floorIntervals.at(-1)).toEqual({ participantId: 'cy', from: T0 + 2000, to: T0 + 3000, source: 'floor' });
  });

  it('offers a turn at the end to someone who came back after being skipped', () => {
    let s = startRound(four());
    s = presence(s, 'bo', 'left');
    s = done(s, ann);
    s = presence(s, 'bo', 'online');
    s = done(done(s, cy), dee);
    expect(holder(s)).toBe('bo');
    expect(s.turns.goAround?.revisiting).toBe(true);
  });

  it('adds late joiners at the end when the round allows, and not otherwise', () => {
    const withLate = join(startRound(room(['ann', 'bo'])), 'eve');
    expect(withLate.turns.goAround?.order).toEqual(['ann', 'bo', 'eve']);
    const without = join(startRound(room(['ann', 'bo']), { includeLateJoiners: false }), 'eve');
    expect(without.turns.goAround?.order).toEqual(['ann', 'bo']);
    expect(join(startRound(room(['ann', 'bo'])), 'zed', 'cofacilitator').turns.goAround?.order).toEqual(['ann', 'bo']);
  });

  it('a late joiner during the revisit is offered a turn in it', () => {
    let s = pass(startRound(room(['ann', 'bo'])), ann);
    s = done(s, bo);
    expect(s.turns.goAround?.revisiting).toBe(true);
    s = join(s, 'eve');
    expect(s.turns.goAround?.revisit).toEqual(['ann', 'eve']);
    expect(holder(done(s, ann))).toBe('eve');
  });

  it('a reconnecting speaker keeps their turn', () => {
    const s = presence(startRound(four()), 'ann', 'reconnecting');
    expect(holder(s)).toBe('ann');
  });

  it('ends when the last person in the room has spoken, even if others left', () => {
    let s = startRound(four());
    s = presence(presence(s, 'cy', 'left'), 'dee', 'left');
    s = done(done(s, ann), bo);
    expect(s.turns.goAround).toBeNull();
  });

  it('the facilitator ends it early; the floor closes', () => {
    const s = must(startRound(four(), {}, T0), { type: 'turns:endGoAround', payload: {} }, co, T0 + 7000);
    expect(s.turns.goAround).toBeNull();
    expect(s.turns.floorIntervals).toEqual([{ participantId: 'ann', from: T0, to: T0 + 7000, source: 'floor' }]);
    expect(errorCode(s, { type: 'turns:endGoAround', payload: {} }, fac)).toBe('goaround_not_running');
  });

  it('refuses a second round, "next" and "give" while one runs, and members starting one', () => {
    const s = startRound(raise(four(), 'cy'));
    const start = { type: 'turns:startGoAround', payload: { order: 'roster', seconds: null, includeLateJoiners: true } } as const;
    expect(errorCode(s, start, fac)).toBe('goaround_running');
    expect(errorCode(s, { type: 'turns:next', payload: { expectedTurn: s.turns.turn } }, fac)).toBe('goaround_running');
    expect(errorCode(s, { type: 'turns:give', payload: { participantId: 'bo', expectedTurn: s.turns.turn } }, fac)).toBe('goaround_running');
    expect(errorCode(four(), start, ann)).toBe('forbidden');
    // Raised hands wait through the round; a hand goes down when its owner's turn comes.
    expect(s.turns.queue.map((h) => h.id)).toEqual(['cy']);
    expect(done(done(s, ann), bo).turns.queue).toEqual([]);
  });

  it('refuses to start with no members in the room', () => {
    const start = { type: 'turns:startGoAround', payload: { order: 'roster', seconds: null, includeLateJoiners: true } } as const;
    expect(errorCode(room([]), start, fac)).toBe('no_members_present');
  });

  it('a break pauses the round at the person up; resuming gives them the floor again', () => {
    let s = done(startRound(four()), ann, T0 + 1000);
    s = must(s, { type: 'break:start', payload: { minutes: 5 } }, fac, T0 + 2000);
    expect(s.turns.floor).toBeNull();
    expect(s.turns.goAround).toMatchObject({ paused: true, index: 1 });
    const resume = { type: 'turns:resumeGoAround', payload: { expectedTurn: s.turns.turn } } as const;
    expect(errorCode(s, resume, fac, T0 + 3000)).toBe('on_break');
    s = must(s, resume, co, T0 + 5 * 60_000 + 2000);
    expect(s.turns.floor).toMatchObject({ holderId: 'bo', since: T0 + 5 * 60_000 + 2000 });
    expect(errorCode(s, { type: 'turns:resumeGoAround', payload: { expectedTurn: s.turns.turn } }, fac, T0 + 9 * 60_000)).toBe('conflict');
  });

  it('the session ending closes the round', () => {
    const s = must(startRound(four()), { type: 'session:end', payload: {} }, fac, T0 + 1000);
    expect(s.turns.goAround).toBeNull();
    expect(s.turns.floor).toBeNull();
  });

  it('two "I\'m done" presses for the same turn advance once', () => {
    const s = startRound(four());
    const seen = s.turns.turn;
    const a = must(s, { type: 'turns:endTurn', payload: { expectedTurn: seen } }, ann);
    expect(errorCode(a, { type: 'turns:endTurn', payload: { expectedTurn: seen } }, fac)).toBe('conflict');
    expect(holder(a)).toBe('bo');
  });
});
