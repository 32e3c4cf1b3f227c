import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { talkMetrics } from '../../shared/talk/metrics.js';
import { talkSummary } from '../../shared/talk/summary.js';
import { talkTimeByParticipant } from '../../shared/talk/time.js';
import { co, done, fac, give, member, must, queueIds, raise, room, T0 } from '../support/turns-fixtures.js';

const s = (seconds: number) => T0 + seconds * 1000;
const track = (st: SessionState, speaker: string | null, at: number) => must(st, { type: 'talk:track', payload: { speaker } } as Command, co, s(at));
const spans = (st: SessionState) => st.talk.tracked.map((i) => [i.participantId, (i.from - T0) / 1000, i.to === null ? null : (i.to - T0) / 1000]);

describe('the one talk-time function: floor and tracker together', () => {
  it('the tracker wins the moments both cover; the floor counts the rest', () => {
    // Floor: Ann 0–60 s. Tracker: Bo 20–30 s (Bo spoke up while Ann held the floor).
    let st = give(room(), 'ann', s(0));
    st = track(st, 'bo', 20);
    st = track(st, null, 30);
    st = done(st, member('ann'), s(60));
    // Ann: floor 0–20 and 30–60 = 50 s (not 60: the tracker saw Bo for 20–30). Bo: 10 s.
    expect(talkTimeByParticipant(st, s(100))).toEqual({ ann: 50_000, bo: 10_000 });
  });

  it('counts the open floor up to now, and tracked time with no floor at all', () => {
    let st = track(room(), 'cy', 0);
    st = track(st, null, 15);
    st = give(st, 'ann', s(20));
    // Cy 15 s by the tracker; Ann holds the floor from 20 s: 25 s at 45 s.
    expect(talkTimeByParticipant(st, s(45))).toEqual({ cy: 15_000, ann: 25_000 });
  });

  it('cross-talk belongs to nobody, and the facilitators count as themselves', () => {
    let st = track(room(), 'crosstalk', 0);
    st = track(st, 'fac', 5);
    st = track(st, null, 12);
    expect(talkTimeByParticipant(st, s(20))).toEqual({ fac: 7_000 });
  });

  it('the balanced queue picks up tracked time without any change on its side', () => {
    // Ann was tracked for 60 s; Bo never spoke. Ann raises first, Bo second: Bo goes first.
    let st = must(room(), { type: 'turns:setBalanced', payload: { enabled: true } }, fac, s(0));
    st = track(st, 'ann', 0);
    st = track(st, null, 60);
    st = raise(st, 'ann', s(61));
    st = raise(st, 'bo', s(62));
    expect(queueIds(st)).toEqual(['bo', 'ann']);
  });
});

describe('the floor changing closes the tracker', () => {
  it("an open tracker interval ends when the floor is given, taken back or moves on", () => {
    let st = track(room(), 'fac', 10);
    st = give(st, 'bo', s(15));
    expect(spans(st)).toEqual([['fac', 10, 15]]);
    st = track(st, 'ann', 20);
    st = done(st, member('bo'), s(25));
    expect(spans(st)).toEqual([
      ['fac', 10, 15],
      ['ann', 20, 25],
    ]);
  });

  it('a tap that changes nothing in the floor leaves the floor alone', () => {
    let st = give(room(), 'ann', s(0));
    st = track(st, 'bo', 5);
    expect(st.turns.floor?.holderId).toBe('ann');
    expect(spans(st)).toEqual([['bo', 5, null]]);
  });
});

describe('the dashboard sees both sources, each figure with its source', () => {
  it('staff view carries floor intervals (open one included) beside tracked ones', () => {
    let st = give(room(), 'ann', s(0));
    st = track(st, 'bo', 20);
    st = track(st, null, 30);
    st = give(st, 'cy', s(40));
    const talk = viewFor(st, 'co').shared!.staff!.talk;
    expect(Object.entries(talk.intervals).map(([k, i]) => [k, i.participantId, i.source, i.to === null])).toEqual([
      ['f0', 'ann', 'floor', false],
      ['f1', 'cy', 'floor', true],
      ['t0', 'bo', 'tracker', false],
    ]);
    const m = talkMetrics(talk, s(50));
    const ann = m.members.find((r) => r.id === 'ann')!;
    // Ann: floor 0–20 and 30–40 = 30 s, all from the floor; Bo 10 s from the tracker; Cy 10 s so far from the floor.
    expect([ann.talkMs, ann.bySource]).toEqual([30_000, { floor: 30_000, tracker: 0 }]);
    expect(m.members.find((r) => r.id === 'bo')!.bySource).toEqual({ floor: 0, tracker: 10_000 });
    expect(m.speakingNow).toEqual({ participantId: 'cy', source: 'floor', since: s(40) });
    expect(ann.turns).toBe(2);
  });

  it('the summary on the final state matches the live figures at the end', () => {
    let st = give(room(), 'ann', s(0));
    st = track(st, 'bo', 20);
    st = must(st, { type: 'session:end', payload: {} }, fac, s(30));
    const summary = talkSummary(st);
    expect(summary.members.map((r) => [r.id, r.talkMs])).toEqual([
      ['ann', 20_000],
      ['bo', 10_000],
      ['cy', 0],
    ]);
    expect(summary).toEqual(talkMetrics(viewFor(st, 'fac').shared!.staff!.talk, s(999)));
  });
});
