import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/commands.js';
import { ENDING_SOON_MS, endCue } from '../../shared/session/planned-end.js';
import { viewFor } from '../../shared/domain/views.js';
import { T0, newSession, withPeople } from '../support/domain-room.js';
import { actor, must, run } from '../support/run-command.js';

const fac = actor('fac', 'facilitator');
const ann = actor('ann', 'member');
const room = () => withPeople(newSession(T0), [{ id: 'ann', name: 'Ann', role: 'member' }], T0);

describe('planned end', () => {
  it('is set as minutes from the start, seen by staff only, and can be cleared', () => {
    const later = T0 + 30 * 60_000;
    const s = must(room(), 'session:setPlannedEnd', { minutes: 90 }, fac, later);
    expect(s.plannedEndAt).toBe(T0 + 90 * 60_000);
    expect(viewFor(s, 'fac').shared?.staff?.plannedEndAt).toBe(T0 + 90 * 60_000);
    expect(JSON.stringify(viewFor(s, 'ann'))).not.toContain('plannedEnd');
    const cleared = must(s, 'session:setPlannedEnd', { minutes: null }, fac, later);
    expect(cleared.plannedEndAt).toBeNull();
    expect(viewFor(cleared, 'fac').shared?.staff).not.toHaveProperty('plannedEndAt');
  });

  it('records nothing when unchanged; refuses members and lengths outside 5 minutes to 10 hours', () => {
    const s = must(room(), 'session:setPlannedEnd', { minutes: 60 }, fac);
    const again = run(s, 'session:setPlannedEnd', { minutes: 60 }, fac);
    expect(again.ok && again.events).toEqual([]);
    expect(run(s, 'session:setPlannedEnd', { minutes: 30 }, ann)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const schema = commandSchemas['session:setPlannedEnd'];
    for (const minutes of [4, 601, 1.5, '90']) expect(schema.safeParse({ minutes }).success).toBe(false);
    for (const minutes of [5, 600, null]) expect(schema.safeParse({ minutes }).success).toBe(true);
  });

  it.each([
    [null, 0, 'none'],
    [T0 + 60 * 60_000, T0, 'on-time'],
    [T0 + ENDING_SOON_MS + 1, T0, 'on-time'],
    [T0 + ENDING_SOON_MS, T0, 'ending-soon'],
    [T0 + 1, T0, 'ending-soon'],
    [T0, T0, 'past'],
    [T0, T0 + 5 * 60_000, 'past'],
  ] as const)('endCue(%s) at %s is %s', (plannedEndAt, now, cue) => {
    expect(endCue(plannedEndAt, now)).toBe(cue);
  });
});
