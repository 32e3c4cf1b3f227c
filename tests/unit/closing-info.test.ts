import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/commands.js';
import { viewFor } from '../../shared/domain/views.js';
import { T0, newSession, withPeople } from '../support/domain-room.js';
import { actor, must, run } from '../support/run-command.js';

const fac = actor('fac', 'facilitator');
const ann = actor('ann', 'member');
const room = () => withPeople(newSession(T0), [{ id: 'ann', name: 'Ann', role: 'member' }], T0);

describe('closing words for members', () => {
  it('are absent until written, then every viewer has them, the member included after the end', () => {
    expect(viewFor(room(), 'ann').session).not.toHaveProperty('closing');
    let s = must(room(), 'session:setClosingInfo', { nextSession: ' Tuesday 9 Dec,   18:00 ', support: 'Crisis line:\n\n\n\n116 123' }, fac);
    s = must(s, 'session:end', {}, fac);
    expect(viewFor(s, 'ann').session.closing).toEqual({ nextSession: 'Tuesday 9 Dec, 18:00', support: 'Crisis line:\n\n116 123' });
    expect(viewFor(s, 'fac').session.closing).toEqual(viewFor(s, 'ann').session.closing);
  });

  it('shows only what was written; the same words again record nothing; members may not set them', () => {
    const s = must(room(), 'session:setClosingInfo', { nextSession: '', support: 'Call 116 123' }, fac);
    expect(viewFor(s, 'ann').session.closing).toEqual({ support: 'Call 116 123' });
    const again = run(s, 'session:setClosingInfo', { nextSession: '', support: 'Call 116 123' }, fac);
    expect(again.ok && again.events).toEqual([]);
    expect(run(s, 'session:setClosingInfo', { nextSession: 'x', support: '' }, ann)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const schema = commandSchemas['session:setClosingInfo'];
    expect(schema.safeParse({ nextSession: 'x'.repeat(201), support: '' }).success).toBe(false);
    expect(schema.safeParse({ nextSession: '', support: 'x'.repeat(601) }).success).toBe(false);
    expect(schema.safeParse({ nextSession: '' }).success).toBe(false);
  });
});
