import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/reducer.js';
import type { SessionState } from '../../shared/domain/state.js';
import { FEATURES } from '../../shared/domain/features.js';
import { ViewMemo } from '../../shared/domain/view-memo.js';
import { diffViewParts, sharedView, viewParts } from '../../shared/domain/views.js';
import { applyPatch, diff } from '../../shared/patch.js';
import { openCommand } from '../support/measures-fixture.js';
import { MIN, Recorder, T0, fac, member, recordedSession } from '../support/summary-fixture.js';

/** A session touching every kind of slice (people, check-ins, floor, tracker, signal, feedback round, measure, break), as one event log. */
function busySession() {
  const r = new Recorder();
  for (const [i, [id, name]] of [['ann', 'Ann'], ['bo', 'Bo'], ['cy', 'Cy']].entries()) r.join(id!, name!, T0 + (i + 1) * MIN);
  r.scaleCheckin('How are you arriving?', { ann: 4, bo: 6, cy: 8 }, T0 + 5 * MIN);
  r.run({ type: 'turns:give', payload: { participantId: 'ann', expectedTurn: 0 } }, fac, T0 + 8 * MIN);
  r.run({ type: 'talk:track', payload: { speaker: 'ann' } }, fac, T0 + 9 * MIN);
  r.run({ type: 'turns:give', payload: { participantId: 'bo', expectedTurn: 1 } }, fac, T0 + 12 * MIN);
  r.run({ type: 'turns:endTurn', payload: { expectedTurn: 2 } }, member('bo'), T0 + 14 * MIN);
  r.run({ type: 'signal:send', payload: { text: 'too much' } }, member('cy'), T0 + 15 * MIN);
  r.run({ type: 'signal:acknowledge', payload: { memberId: 'cy' } }, fac, T0 + 16 * MIN);
  r.run({ type: 'feedback:start', payload: { mode: 'group', labels: ['What helped'], anonymous: false } }, fac, T0 + 17 * MIN);
  r.run({ type: 'feedback:end', payload: {} }, fac, T0 + 19 * MIN);
  r.run(openCommand('climate', 'anonymous'), fac, T0 + 20 * MIN);
  r.run({ type: 'break:start', payload: { minutes: 5 } }, fac, T0 + 21 * MIN);
  r.run({ type: 'break:end', payload: {} }, fac, T0 + 24 * MIN);
  r.presence('bo', 'left', T0 + 30 * MIN);
  r.run({ type: 'session:remove', payload: { participantId: 'cy' } }, fac, T0 + 31 * MIN);
  r.end(T0 + 60 * MIN);
  return r.log;
}

describe('ViewMemo', () => {
  it('keeps a part while the slices it read are the same objects, and recomputes it once one changes', () => {
    const memo = new ViewMemo();
    let calls = 0;
    const part = (s: SessionState) => {
      calls++;
      return { turn: s.turns.turn };
    };
    const state = recordedSession().state;
    const first = memo.part(part, state);
    expect(memo.part(part, { ...state, checkins: { ...state.checkins } })).toBe(first);
    expect(calls).toBe(1);
    const moved = { ...state, turns: { ...state.turns, turn: state.turns.turn + 1 } };
    expect(memo.part(part, moved)).toEqual({ turn: state.turns.turn + 1 });
    expect(calls).toBe(2);
  });

  it('never reuses a part that looked at the whole state', () => {
    const memo = new ViewMemo();
    let calls = 0;
    const part = (s: SessionState) => {
      calls++;
      return { keys: Object.keys(s).length };
    };
    const state = recordedSession().state;
    memo.part(part, state);
    memo.part(part, state);
    expect(calls).toBe(2);
  });

  it('gives, event by event through a whole session, exactly the view parts built without it', () => {
    const log = busySession();
    const memo = new ViewMemo();
    const talk = FEATURES.findIndex((f) => f.name === 'talk');
    expect(FEATURES[talk]?.views?.staff).toBeDefined();
    let state = replay(log.slice(0, 2));
    let before = viewParts(state, memo);
    let reusedTalk = 0;
    for (const event of log.slice(2)) {
      state = replay([event], state);
      const now = viewParts(state, memo);
      expect(now, event.type).toEqual(viewParts(state));
      if (now.staff[talk] === before.staff[talk]) reusedTalk++;
      before = now;
    }
    // Most events leave the staff's talk-time part alone: it is not rebuilt for them.
    expect(reusedTalk).toBeGreaterThan(log.length / 3);
  });

  it('patches each channel, part by part, exactly as a diff of its merged views would, event by event', () => {
    const log = busySession();
    const memo = new ViewMemo();
    let state = replay(log.slice(0, 2));
    let parts = viewParts(state, memo);
    let views = { staff: sharedView(state, 'staff'), members: sharedView(state, 'members') };
    let unchangedParts = 0;
    for (const event of log.slice(2)) {
      state = replay([event], state);
      const next = viewParts(state, memo);
      const ops = diffViewParts(parts, next);
      const fresh = { staff: sharedView(state, 'staff'), members: sharedView(state, 'members') };
      expect(applyPatch({ shared: views.staff }, [...ops.shared, ...ops.staff]).shared, event.type).toEqual(fresh.staff);
      expect(applyPatch({ shared: views.members }, ops.shared).shared, event.type).toEqual(fresh.members);
      // The same changes as the merged diff, no more (the order may differ: the paths are disjoint).
      const sortOps = (o: unknown[]) => o.map((x) => JSON.stringify(x)).sort();
      expect(sortOps([...ops.shared, ...ops.staff]), event.type).toEqual(sortOps(diff(views.staff, fresh.staff, ['shared'])));
      expect(sortOps(ops.shared), event.type).toEqual(sortOps(diff(views.members, fresh.members, ['shared'])));
      unchangedParts += next.shared.filter((p, i) => p !== undefined && p === parts.shared[i]).length;
      parts = next;
      views = fresh;
    }
    expect(unchangedParts).toBeGreaterThan(log.length);
  });
});
