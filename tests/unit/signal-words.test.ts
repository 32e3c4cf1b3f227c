import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/commands.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { T0, newSession, withPeople } from '../support/domain-room.js';
import { actor, must, run } from '../support/run-command.js';

const fac = actor('fac', 'facilitator');
const ann = actor('ann', 'member');
const bo = actor('bo', 'member');

function room(): SessionState {
  return withPeople(newSession(T0), [
    { id: 'ann', name: 'Ann', role: 'member' },
    { id: 'bo', name: 'Bo', role: 'member' },
  ], T0);
}

describe('"I need a moment" in one tap, words after', () => {
  it('the signal is with staff at once; words added later reach staff and the member, nobody else', () => {
    const sent = must(room(), 'signal:send', {}, ann, T0 + 1);
    expect(viewFor(sent, 'fac').shared?.staff?.signals.ann).toEqual({ name: 'Ann', sentAt: T0 + 1, text: null });
    const worded = must(sent, 'signal:addWords', { text: '  this topic   is hard ' }, ann, T0 + 9);
    // The time stays the first tap's: that is when they needed the moment.
    expect(viewFor(worded, 'fac').shared?.staff?.signals.ann).toEqual({ name: 'Ann', sentAt: T0 + 1, text: 'this topic is hard' });
    expect(viewFor(worded, 'ann').me.signal).toMatchObject({ status: 'sent', text: 'this topic is hard' });
    expect(JSON.stringify(viewFor(worded, 'bo'))).not.toContain('this topic');
  });

  it('words can be changed or cleared while the signal is open; the same words again change nothing', () => {
    let s = must(room(), 'signal:send', { text: 'first' }, ann);
    s = must(s, 'signal:addWords', { text: 'second' }, ann);
    expect(s.signals.ann?.text).toBe('second');
    const same = run(s, 'signal:addWords', { text: 'second' }, ann);
    expect(same.ok && same.events).toEqual([]);
    s = must(s, 'signal:addWords', { text: '   ' }, ann);
    expect(s.signals.ann?.text).toBeNull();
  });

  it('refuses words without a signal, after it was seen, from staff, and over the limit', () => {
    const none = run(room(), 'signal:addWords', { text: 'hi' }, ann);
    expect(!none.ok && none.error.code).toBe('not_found');
    let s = must(room(), 'signal:send', {}, ann);
    expect(run(s, 'signal:addWords', { text: 'hi' }, bo)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(run(s, 'signal:addWords', { text: 'hi' }, fac)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    s = must(s, 'signal:acknowledge', { memberId: 'ann' }, fac);
    const late = run(s, 'signal:addWords', { text: 'hi' }, ann);
    expect(!late.ok && late.error.code).toBe('conflict');
    expect(commandSchemas['signal:addWords'].safeParse({ text: 'x'.repeat(141) }).success).toBe(false);
    expect(commandSchemas['signal:addWords'].safeParse({}).success).toBe(false);
  });
});
