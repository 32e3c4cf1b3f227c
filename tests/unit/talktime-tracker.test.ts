import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import { creationEvents, reduce, replay } from '../../shared/domain/reducer.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { CROSSTALK } from '../../shared/talk/intervals.js';
import { talkSummary } from '../../shared/talk/summary.js';
import { tapIntent, trackedSpeaker } from '../../shared/talk/decide.js';
import { T0, co, ctx, fac, member } from '../support/domain.js';

const s = (seconds: number) => T0 + seconds * 1000;
const annActor = member('ann');

function apply(state: SessionState, d: ReturnType<typeof decideJoin>): SessionState {
  if (!d.ok) throw new Error(d.error.message);
  return replay(d.events, state);
}

/** Facilitator Dana, co-facilitator Co, members Ann and Bo, all online from 0 s. */
function room(): SessionState {
  let st = replay(
    creationEvents({ sessionId: 's1', groupId: 'g1', groupName: 'G', joinCode: 'ABCDEF', agreement: 'Be kind.', waitingRoom: false, facilitatorId: 'fac', facilitatorName: 'Dana', now: T0 }),
  );
  st = apply(st, decidePresence(st, 'fac', 'online', T0));
  st = apply(st, decideJoin(st, { id: 'co', name: 'Co', role: 'cofacilitator' }, T0));
  st = apply(st, decidePresence(st, 'co', 'online', T0));
  for (const [id, name] of [['ann', 'Ann'], ['bo', 'Bo']] as const) {
    st = apply(st, decideJoin(st, { id, name, role: 'member' }, T0));
    st = apply(st, decidePresence(st, id, 'online', T0));
  }
  return st;
}

function run(state: SessionState, command: Command, actor: Actor, at: number) {
  return reduce(state, command, actor, ctx(s(at)));
}
function ok(state: SessionState, command: Command, actor: Actor, at: number): SessionState {
  const r = run(state, command, actor, at);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}
const track = (speaker: string | null): Command => ({ type: 'talk:track', payload: { speaker } });
const spans = (st: SessionState) => st.talk.tracked.map((i) => [i.participantId, (i.from - T0) / 1000, i.to === null ? null : (i.to - T0) / 1000]);

describe('the tracker', () => {
  it('one tap starts, a tap on someone else switches, "nobody" stops', () => {
    let st = ok(room(), track('ann'), co, 0);
    st = ok(st, track('bo'), co, 20);
    st = ok(st, track(null), co, 25);
    expect(spans(st)).toEqual([
      ['ann', 0, 20],
      ['bo', 20, 25],
    ]);
    expect(trackedSpeaker(st)).toBeNull();
  });

  it('tapping the current speaker again means stop; the same command twice changes nothing', () => {
    expect(tapIntent('ann', 'ann')).toBeNull();
    expect(tapIntent('ann', 'bo')).toBe('bo');
    expect(tapIntent(null, 'ann')).toBe('ann');
    const st = ok(room(), track('ann'), co, 0);
    const again = run(st, track('ann'), fac, 5);
    expect(again.ok && again.events).toEqual([]);
  });

  it('tracks the facilitator, the co-facilitator and cross-talk', () => {
    let st = ok(room(), track('fac'), co, 0);
    st = ok(st, track('co'), fac, 10);
    st = ok(st, track(CROSSTALK), co, 15);
    st = ok(st, track(null), co, 18);
    const m = talkSummary(st);
    expect(m.facilitator.ms).toBe(10_000);
    expect(m.cofacilitator.ms).toBe(5_000);
    expect(m.crosstalk.ms).toBe(3_000);
  });

  it('members cannot track or share; facilitator and co-facilitator can', () => {
    const st = room();
    for (const c of [track('ann'), { type: 'talk:shareGroupView', payload: { shared: true } } as Command]) {
      const r = run(st, c, annActor, 1);
      expect(r.ok ? null : r.error.code).toBe('forbidden');
      expect(run(st, c, fac, 1).ok).toBe(true);
      expect(run(st, c, co, 1).ok).toBe(true);
    }
  });

  it('refuses someone not in the room, an unknown id, and tracking during a break', () => {
    let st = apply(room(), decidePresence(room(), 'bo', 'left', s(1)));
    expect((r => (r.ok ? null : r.error.code))(run(st, track('bo'), co, 2))).toBe('member_not_present');
    expect((r => (r.ok ? null : r.error.code))(run(st, track('ghost'), co, 2))).toBe('not_found');
    st = ok(st, { type: 'break:start', payload: { minutes: 5 } }, fac, 3);
    expect((r => (r.ok ? null : r.error.code))(run(st, track('ann'), co, 4))).toBe('on_break');
  });
});

describe('open intervals close with the room', () => {
  it('when the speaker leaves', () => {
    let st = ok(room(), track('ann'), co, 0);
    st = apply(st, decidePresence(st, 'ann', 'reconnecting', s(5)));
    expect(trackedSpeaker(st)).toBe('ann'); // a short drop is not leaving
    st = apply(st, decidePresence(st, 'ann', 'left', s(12)));
    expect(spans(st)).toEqual([['ann', 0, 12]]);
  });

  it('when someone else leaves, the speaker keeps speaking', () => {
    let st = ok(room(), track('ann'), co, 0);
    st = apply(st, decidePresence(st, 'bo', 'left', s(12)));
    expect(spans(st)).toEqual([['ann', 0, null]]);
  });

  it('when the speaker is removed', () => {
    let st = ok(room(), track('bo'), co, 0);
    st = ok(st, { type: 'session:remove', payload: { participantId: 'bo' } }, fac, 9);
    expect(spans(st)).toEqual([['bo', 0, 9]]);
  });

  it('when a break starts', () => {
    let st = ok(room(), track('ann'), co, 0);
    st = ok(st, { type: 'break:start', payload: { minutes: 10 } }, fac, 30);
    expect(spans(st)).toEqual([['ann', 0, 30]]);
  });

  it('when the session ends, and the summary keeps the figures at the end', () => {
    let st = ok(room(), track('ann'), co, 0);
    st = ok(st, track('bo'), co, 30);
    st = ok(st, { type: 'session:end', payload: {} }, fac, 40);
    expect(spans(st)).toEqual([
      ['ann', 0, 30],
      ['bo', 30, 40],
    ]);
    const m = talkSummary(st);
    expect(m.now).toBe(s(40));
    expect(m.members.map((r) => [r.name, r.talkMs, r.share])).toEqual([
      ['Ann', 30_000, 0.75],
      ['Bo', 10_000, 0.25],
    ]);
  });
});

describe('who sees talk time', () => {
  it('staff get the intervals under shared.staff.talk; members get nothing until the group view is shared', () => {
    let st = ok(room(), track('ann'), co, 0);
    st = ok(st, track('bo'), co, 30);
    st = ok(st, track(null), co, 40);
    const staff = viewFor(st, 'co').shared!;
    expect(Object.values(staff.staff!.talk.intervals)).toHaveLength(2);
    expect(staff.talk).toBeUndefined();
    const member = viewFor(st, 'ann');
    expect(member.shared!.talk).toBeUndefined();
    expect(JSON.stringify(member)).not.toMatch(/interval|talk/i);

    st = ok(st, { type: 'talk:shareGroupView', payload: { shared: true } }, fac, 41);
    const shared = viewFor(st, 'ann').shared!.talk!;
    // Ann 30 s, Bo 10 s: shares 0.75 / 0.25. Gini: Σ|xᵢ−xⱼ| = 2·20 = 40; 2·n²·μ = 2·4·20 = 160 → 0.25; balance 0.75.
    expect(shared).toEqual({ balanceIndex: 0.75, distribution: [], memberCount: 2, asOf: s(41) });
    expect(JSON.stringify(shared)).not.toMatch(/ann|bo/i);
    expect(viewFor(st, 'ann').shared!.staff).toBeUndefined();
  });
});
