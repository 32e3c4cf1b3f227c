import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/commands.js';
import type { Command } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import { reduce, replay } from '../../shared/domain/reducer.js';
import type { Person } from '../support/domain-room.js';
import { newSession, withPeople } from '../support/domain-room.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { T0, co, ctx, fac, member } from '../support/domain.js';

const ann = member('ann');
const bo = member('bo');

function room(): SessionState {
  const people: Person[] = [
    { id: 'co', name: 'Chris', role: 'cofacilitator' },
    { id: 'ann', name: 'Ann', role: 'member' },
    { id: 'bo', name: 'Bo', role: 'member' },
  ];
  return withPeople(newSession(T0, { groupName: 'Tuesday' }), people, T0);
}

function parse(command: { type: Command['type']; payload: unknown }): Command {
  return { type: command.type, payload: commandSchemas[command.type].parse(command.payload) } as Command;
}

function run(state: SessionState, type: Command['type'], payload: unknown, actor: Actor, now = T0) {
  return reduce(state, parse({ type, payload }), actor, ctx(now));
}

function must(state: SessionState, type: Command['type'], payload: unknown, actor: Actor, now = T0) {
  const r = run(state, type, payload, actor, now);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}

describe('private signal', () => {
  it('a member sends; staff see name, time and text; the member sees "sent"', () => {
    const s = must(room(), 'signal:send', { text: '  need   a minute ' }, ann, T0 + 5);
    expect(viewFor(s, 'fac').shared?.staff?.signals).toEqual({ ann: { name: 'Ann', sentAt: T0 + 5, text: 'need a minute' } });
    expect(viewFor(s, 'co').shared?.staff?.signals.ann?.name).toBe('Ann');
    expect(viewFor(s, 'ann').me.signal).toMatchObject({ status: 'sent', sentAt: T0 + 5, text: 'need a minute' });
  });

  it('text is optional, and empty text is no text', () => {
    const s = must(room(), 'signal:send', {}, ann);
    expect(s.signals.ann?.text).toBeNull();
    const t = must(room(), 'signal:send', { text: '   ' }, ann);
    expect(t.signals.ann?.text).toBeNull();
  });

  it('refuses text over 140 characters and unknown fields', () => {
    expect(commandSchemas['signal:send'].safeParse({ text: 'x'.repeat(141) }).success).toBe(false);
    expect(commandSchemas['signal:send'].safeParse({ text: 'x'.repeat(140) }).success).toBe(true);
    expect(commandSchemas['signal:send'].safeParse({ text: 'hi', urgent: true }).success).toBe(false);
  });

  it('members never see any signal in the shared view, nor another member\'s', () => {
    const s = must(must(room(), 'signal:send', { text: 'Ann private' }, ann), 'signal:send', {}, bo);
    const bView = viewFor(s, 'bo');
    expect(bView.shared?.staff).toBeUndefined();
    expect(JSON.stringify(bView)).not.toContain('Ann private');
    expect(bView.me.signal?.status).toBe('sent');
    expect(viewFor(s, 'fac').me.signal).toBeUndefined();
  });

  it('one open signal per member: a second is refused with a clear message and changes nothing', () => {
    const s = must(room(), 'signal:send', { text: 'first' }, ann);
    const r = run(s, 'signal:send', { text: 'second' }, ann);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already with the facilitators') } });
  });

  it('only staff may acknowledge, and only members may send', () => {
    const s = must(room(), 'signal:send', {}, ann);
    expect(run(s, 'signal:acknowledge', { memberId: 'ann' }, bo)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(run(s, 'signal:send', {}, fac)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(run(s, 'signal:acknowledge', { memberId: 'nobody' }, fac)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('acknowledging closes it for staff and shows the member who saw it; a new one may follow', () => {
    let s = must(room(), 'signal:send', { text: 'hi' }, ann, T0);
    s = must(s, 'signal:acknowledge', { memberId: 'ann' }, co, T0 + 60_000);
    expect(viewFor(s, 'fac').shared?.staff?.signals).toEqual({});
    expect(viewFor(s, 'ann').me.signal).toEqual({ status: 'seen', sentAt: T0, text: 'hi', seenAt: T0 + 60_000, seenByName: 'Chris' });
    // The second acknowledgement (the other facilitator at the same moment) changes nothing.
    const again = run(s, 'signal:acknowledge', { memberId: 'ann' }, fac);
    expect(again.ok && again.events).toEqual([]);
    s = must(s, 'signal:send', { text: 'again' }, ann, T0 + 120_000);
    expect(viewFor(s, 'fac').shared?.staff?.signals.ann?.text).toBe('again');
  });

  it('a member who leaves keeps an open signal; a removed member\'s is dropped', () => {
    let s = must(must(room(), 'signal:send', {}, ann), 'signal:send', {}, bo);
    s = replay([{ type: 'presence:changed', at: T0 + 1, id: 'ann', presence: 'left' }], s);
    expect(Object.keys(viewFor(s, 'fac').shared!.staff!.signals)).toEqual(['ann', 'bo']);
    s = must(s, 'session:remove', { participantId: 'bo' }, fac);
    expect(Object.keys(viewFor(s, 'fac').shared!.staff!.signals)).toEqual(['ann']);
  });

  it('replaying the events rebuilds the same signals (restart)', () => {
    const base = room();
    const r1 = run(base, 'signal:send', { text: 'a' }, ann, T0 + 1);
    if (!r1.ok) throw new Error();
    const r2 = run(r1.state, 'signal:acknowledge', { memberId: 'ann' }, fac, T0 + 2);
    if (!r2.ok) throw new Error();
    expect(replay([...r1.events, ...r2.events], base).signals).toEqual(r2.state.signals);
  });
});
