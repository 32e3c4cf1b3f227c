import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { SYSTEM } from '../../shared/domain/actor.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import { replay } from '../../shared/domain/reducer.js';
import { newSession } from '../support/domain-room.js';
import type { SessionState } from '../../shared/domain/state.js';
import { activeBreak } from '../../shared/break/state.js';
import { presentMembers } from '../../shared/session/state.js';
import { T0, co, fac, member, must as mustRun, run } from '../support/domain.js';

const ann = member('ann');

function created(waitingRoom = false): SessionState {
  return newSession(T0, { waitingRoom });
}

function join(state: SessionState, id: string, name: string, role: 'member' | 'cofacilitator' = 'member', now = T0) {
  const d = decideJoin(state, { id, name, role }, now);
  if (!d.ok) throw new Error(d.error.message);
  return replay(d.events, state);
}

function online(state: SessionState, id: string, now = T0) {
  return presence(state, id, 'online', now);
}

function presence(state: SessionState, id: string, to: 'online' | 'reconnecting' | 'left', now: number) {
  const d = decidePresence(state, id, to, now);
  if (!d.ok) throw new Error(d.error.message);
  return replay(d.events, state);
}

describe('session creation and joining', () => {
  it('creates a session whose facilitator is admitted', () => {
    const s = created();
    expect(s.groupName).toBe('Tuesday group');
    expect(s.participants.fac).toMatchObject({ role: 'facilitator', admission: 'admitted', presence: 'left' });
    expect(s.v).toBe(2);
  });

  it('admits members straight in without a waiting room, and holds them with one', () => {
    expect(join(created(false), 'ann', 'Ann').participants.ann!.admission).toBe('admitted');
    expect(join(created(true), 'ann', 'Ann').participants.ann!.admission).toBe('waiting');
  });

  it('co-facilitators skip the waiting room', () => {
    expect(join(created(true), 'co', 'Co', 'cofacilitator').participants.co!.admission).toBe('admitted');
  });

  it('refuses a name already in use, whatever its case or spacing', () => {
    const s = join(created(), 'ann', 'Ann');
    const d = decideJoin(s, { id: 'x', name: ' ann ', role: 'member' }, T0);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error.code).toBe('conflict');
  });

  it("a member carried in from last session holds their name only once they have arrived", () => {
    const carried = replay([{ type: 'participant:joined', at: T0, id: 'ann', name: 'Ann', role: 'member', admission: 'admitted', carried: true }], created());
    // Not here yet: someone on a new device may join as Ann (a new participant; staff see both).
    expect(decideJoin(carried, { id: 'x', name: 'Ann', role: 'member' }, T0).ok).toBe(true);
    const arrived = online(carried, 'ann');
    const d = decideJoin(arrived, { id: 'x', name: 'Ann', role: 'member' }, T0);
    expect(d.ok ? null : d.error.code).toBe('conflict');
  });

  it('refuses joining an ended session', () => {
    const s = mustRun(created(), { type: 'session:end', payload: {} }, fac);
    const d = decideJoin(s, { id: 'x', name: 'Bo', role: 'member' }, T0);
    expect(d.ok ? null : d.error.code).toBe('session_ended');
  });
});

describe('admission', () => {
  const waiting = () => online(join(created(true), 'ann', 'Ann'), 'ann');

  it('a facilitator or co-facilitator admits someone waiting', () => {
    const s = mustRun(waiting(), { type: 'session:admit', payload: { participantId: 'ann' } }, fac);
    expect(s.participants.ann!.admission).toBe('admitted');
    expect(s.participants.ann!.present).toEqual([{ from: T0, to: null }]);
    const s2 = join(s, 'co', 'Co', 'cofacilitator');
    const s3 = mustRun(join(s2, 'bo', 'Bo'), { type: 'session:decline', payload: { participantId: 'bo' } }, co);
    expect(s3.participants.bo!.admission).toBe('declined');
  });

  it('admitting twice is a conflict and changes nothing', () => {
    const s = mustRun(waiting(), { type: 'session:admit', payload: { participantId: 'ann' } }, fac);
    const r = run(s, { type: 'session:admit', payload: { participantId: 'ann' } }, fac);
    expect(r.ok ? null : r.error.code).toBe('conflict');
  });

  it('a waiting person cannot act in the room', () => {
    const r = run(waiting(), { type: 'break:start', payload: { minutes: 5 } }, ann);
    expect(r.ok ? null : r.error.code).toBe('forbidden');
  });
});

describe('permissions', () => {
  const staffOnly: Command[] = [
    { type: 'session:admit', payload: { participantId: 'ann' } },
    { type: 'session:decline', payload: { participantId: 'ann' } },
    { type: 'session:remove', payload: { participantId: 'ann' } },
    { type: 'session:setWaitingRoom', payload: { enabled: true } },
    { type: 'session:end', payload: {} },
    { type: 'break:start', payload: { minutes: 5 } },
    { type: 'break:end', payload: {} },
  ];
  it.each(staffOnly.map((c) => [c.type, c] as const))('a member may not send %s', (_name, command) => {
    const s = online(join(created(), 'ann', 'Ann'), 'ann');
    const r = run(s, command, ann);
    expect(r.ok ? null : r.error.code).toBe('forbidden');
  });

  it('a facilitator cannot be removed', () => {
    const s = join(created(), 'co', 'Co', 'cofacilitator');
    const r = run(s, { type: 'session:remove', payload: { participantId: 'fac' } }, co);
    expect(r.ok ? null : r.error.code).toBe('not_found');
  });
});

describe('presence', () => {
  it('tracks present periods across a drop, a return and leaving', () => {
    let s = online(join(created(), 'ann', 'Ann'), 'ann', T0);
    s = presence(s, 'ann', 'reconnecting', T0 + 1000);
    expect(s.participants.ann!.present).toEqual([{ from: T0, to: null }]);
    s = presence(s, 'ann', 'left', T0 + 5000);
    expect(s.participants.ann!.present).toEqual([{ from: T0, to: T0 + 5000 }]);
    s = online(s, 'ann', T0 + 9000);
    expect(s.participants.ann!.present).toEqual([
      { from: T0, to: T0 + 5000 },
      { from: T0 + 9000, to: null },
    ]);
    expect(presentMembers(s).map((p) => p.id)).toEqual(['ann']);
  });

  it('an unchanged presence records nothing', () => {
    const s = online(join(created(), 'ann', 'Ann'), 'ann');
    const d = decidePresence(s, 'ann', 'online', T0);
    expect(d.ok && d.events).toEqual([]);
  });

  it('removing a member closes their period and takes them off the present list', () => {
    let s = online(join(created(), 'ann', 'Ann'), 'ann', T0);
    s = mustRun(s, { type: 'session:remove', payload: { participantId: 'ann' } }, fac, T0 + 2000);
    expect(s.participants.ann!.present).toEqual([{ from: T0, to: T0 + 2000 }]);
    expect(presentMembers(s)).toEqual([]);
    expect(decidePresence(s, 'ann', 'online', T0 + 3000)).toEqual({ ok: true, events: [] });
  });

  it('a member may leave on their own', () => {
    const s = mustRun(online(join(created(), 'ann', 'Ann'), 'ann'), { type: 'session:leave', payload: {} }, ann, T0 + 10);
    expect(s.participants.ann!.presence).toBe('left');
  });
});

describe('breaks and the end', () => {
  it('a break runs until its time is up or it is ended early', () => {
    let s = mustRun(created(), { type: 'break:start', payload: { minutes: 10 } }, fac, T0);
    expect(activeBreak(s, T0 + 60_000)).toEqual({ startedAt: T0, endsAt: T0 + 600_000 });
    expect(activeBreak(s, T0 + 600_000)).toBeNull();
    s = mustRun(s, { type: 'break:end', payload: {} }, fac, T0 + 120_000);
    expect(activeBreak(s, T0 + 120_001)).toBeNull();
  });

  it('cannot start a second break or end none', () => {
    const s = mustRun(created(), { type: 'break:start', payload: { minutes: 10 } }, fac);
    expect(run(s, { type: 'break:start', payload: { minutes: 5 } }, fac).ok).toBe(false);
    const r = run(created(), { type: 'break:end', payload: {} }, fac);
    expect(r.ok ? null : r.error.code).toBe('break_not_running');
  });

  it('ending closes every open period and refuses later commands', () => {
    let s = online(join(created(), 'ann', 'Ann'), 'ann', T0);
    s = mustRun(s, { type: 'session:end', payload: {} }, fac, T0 + 50_000);
    expect(s.endedAt).toBe(T0 + 50_000);
    expect(s.participants.ann!.present).toEqual([{ from: T0, to: T0 + 50_000 }]);
    const r = run(s, { type: 'break:start', payload: { minutes: 5 } }, fac);
    expect(r.ok ? null : r.error.code).toBe('session_ended');
  });
});

describe('invalid commands change nothing', () => {
  it('returns the error and leaves the state object untouched', () => {
    const s = online(join(created(), 'ann', 'Ann'), 'ann');
    const frozen = JSON.stringify(s);
    const results = [
      run(s, { type: 'session:remove', payload: { participantId: 'nobody' } }, fac),
      run(s, { type: 'break:end', payload: {} }, fac),
      run(s, { type: 'session:end', payload: {} }, ann),
      run(s, { type: 'session:admit', payload: { participantId: 'ann' } }, { kind: 'participant', id: 'ghost', role: 'facilitator' }),
    ];
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it('system actors pass the gate (presence and joins are theirs)', () => {
    const r = run(created(), { type: 'break:start', payload: { minutes: 1 } }, SYSTEM);
    expect(r.ok).toBe(true);
  });
});
