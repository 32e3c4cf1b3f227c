import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { mapFigures } from '../../shared/map/figures.js';
import { MAP_GROUP } from '../../shared/map/state.js';
import { mapInputFromState, mapSection } from '../../shared/map/summary.js';
import { co, done, errorCode, fac, give, member, must, presence, room, T0 } from '../support/turns-fixtures.js';

const s = (seconds: number) => T0 + seconds * 1000;
const track = (st: SessionState, speaker: string | null, at: number) => must(st, { type: 'talk:track', payload: { speaker } } as Command, co, s(at));
const address = (to: string | null): Command => ({ type: 'map:address', payload: { to } });
const to = (st: SessionState, target: string | null, at: number) => must(st, address(target), co, s(at));
const edges = (list: ReadonlyArray<{ from: string; to: string; count: number; ms: number }>) => list.map((e) => [e.from, e.to, e.count, e.ms / 1000]);

describe('the second tap: to whom the tracked speaker responds', () => {
  it('records A → B for the current stretch, counts each stretch once and adds up its seconds', () => {
    let st = track(room(), 'ann', 0);
    st = to(st, 'bo', 2);
    st = track(st, 'bo', 10);
    st = to(st, 'ann', 11);
    st = track(st, 'ann', 15);
    st = to(st, 'bo', 16);
    st = track(st, null, 20);
    const m = mapFigures(mapInputFromState(st), s(30));
    expect(edges(m.addressed)).toEqual([
      ['ann', 'bo', 2, 15],
      ['bo', 'ann', 1, 5],
    ]);
  });

  it('a second tap on someone else changes the stretch’s addressee; null clears it; the same tap twice changes nothing', () => {
    let st = track(room(), 'ann', 0);
    st = to(st, 'bo', 1);
    st = to(st, 'fac', 2);
    expect(st.map.addressed).toEqual([{ speaker: 'ann', since: s(0), to: 'fac' }]);
    const again = must(st, address('fac'), fac, s(3));
    expect(again).toBe(st);
    st = to(st, null, 4);
    expect(st.map.addressed).toEqual([]);
  });

  it('addresses the group and the leaders; the running stretch counts up to now', () => {
    let st = track(room(), 'ann', 0);
    st = to(st, MAP_GROUP, 1);
    st = track(st, 'cy', 10);
    st = to(st, 'co', 11);
    const m = mapFigures(mapInputFromState(st), s(25));
    expect(edges(m.addressed)).toEqual([
      ['cy', 'co', 1, 15],
      ['ann', MAP_GROUP, 1, 10],
    ]);
    expect(m.addressedMix).toEqual({ memberToMember: 0, memberToLeader: 1, memberToGroup: 1, share: 0 });
  });

  it('refuses without an open stretch, for cross-talk, oneself, people who left and strangers; members may not tap', () => {
    const r = room();
    expect(errorCode(r, address('bo'), co)).toBe('nobody_tracked');
    expect(errorCode(track(r, 'crosstalk', 0), address('bo'), co)).toBe('nobody_tracked');
    const st = track(r, 'ann', 0);
    expect(errorCode(st, address('ann'), co)).toBe('invalid_payload');
    expect(errorCode(presence(st, 'cy', 'left'), address('cy'), co)).toBe('member_not_present');
    expect(errorCode(st, address('nobody-here'), co)).toBe('not_found');
    expect(errorCode(st, address('bo'), member('bo'))).toBe('forbidden');
  });

  it('a stretch the floor cut off keeps its addressee; a new stretch starts unaddressed', () => {
    let st = track(room(), 'ann', 0);
    st = to(st, 'bo', 1);
    st = give(st, 'bo', s(5));
    expect(errorCode(st, address('ann'), co)).toBe('nobody_tracked');
    st = track(st, 'ann', 8);
    expect(edges(mapFigures(mapInputFromState(st), s(9)).addressed)).toEqual([['ann', 'bo', 1, 5]]);
  });
});

describe('floor changes: who spoke after whom (weaker, kept apart)', () => {
  it('counts B after A along the timeline of floor and tracker, skipping cross-talk and the same speaker continuing', () => {
    let st = give(room(), 'ann', s(0));
    st = done(st, member('ann'), s(10));
    st = give(st, 'bo', s(12));
    st = track(st, 'bo', 14); // the tracker takes over Bo's turn: still Bo
    st = done(st, member('bo'), s(19));
    st = track(st, 'fac', 20);
    st = track(st, 'crosstalk', 25);
    st = track(st, 'cy', 30);
    st = track(st, 'ann', 35);
    st = track(st, null, 40);
    const m = mapFigures(mapInputFromState(st), s(50));
    expect(m.after.map((e) => [e.from, e.to, e.count])).toEqual([
      ['bo', 'ann', 1],
      ['fac', 'bo', 1],
      ['ann', 'cy', 1],
    ]);
    expect(m.addressed).toEqual([]);
    expect(m.afterMix).toEqual({ memberToMember: 2, memberToLeader: 0, memberToGroup: 0, share: 1 });
  });
});

describe('what the map tells staff', () => {
  function session(): SessionState {
    let st = track(room(), 'ann', 0);
    st = to(st, 'bo', 1);
    st = track(st, 'bo', 10);
    st = to(st, 'ann', 11);
    st = track(st, 'ann', 20);
    st = to(st, 'fac', 21);
    st = track(st, 'fac', 30);
    return track(st, null, 40);
  }

  it('member-to-member share, members never addressed, most frequent pairs and talk time per node', () => {
    const m = mapFigures(mapInputFromState(session()), s(60));
    expect(m.addressedMix).toEqual({ memberToMember: 2, memberToLeader: 1, memberToGroup: 0, share: 2 / 3 });
    expect(m.neverAddressed).toEqual(['cy']);
    expect(m.topPairs[0]).toEqual({ a: 'ann', b: 'bo', addressed: 2, after: 2 });
    expect(m.topPairs[1]).toEqual({ a: 'fac', b: 'ann', addressed: 1, after: 1 });
    expect(Object.fromEntries(m.nodes.map((n) => [n.id, n.talkMs / 1000]))).toEqual({ fac: 10, co: 0, ann: 20, bo: 10, cy: 0 });
  });

  it('only staff views carry the taps; the summary keeps the same figures', () => {
    const st = session();
    expect(viewFor(st, 'co').shared?.staff?.map.addressed).toHaveLength(3);
    const memberView = viewFor(st, 'bo');
    expect(memberView.shared?.staff).toBeUndefined();
    expect(JSON.stringify(memberView)).not.toContain('addressed');
    expect(mapSection(st)).toEqual(mapFigures(mapInputFromState(st), st.lastEventAt));
  });
});
