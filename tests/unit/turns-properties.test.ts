import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import { emptyState, reduce, replay } from '../../shared/domain/reducer.js';
import { sessionCreation } from '../support/domain-room.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import type { SessionState } from '../../shared/domain/state.js';
import { isPresent } from '../../shared/session/state.js';
import { roundList } from '../../shared/turns/state.js';
import { T0, co, fac, member } from '../support/turns-fixtures.js';

/**
 * Random sequences of turn commands from random actors, interleaved with people
 * coming and going, breaks and time passing, never break turn-taking's invariants.
 */

const PEOPLE = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
const TARGETS = [...PEOPLE, 'fac', 'co', 'ghost'];

type Step =
  | { kind: 'command'; actor: number; command: number; target: number; stale: boolean; flag: boolean; seconds: number | null }
  | { kind: 'presence'; who: number; to: 'online' | 'reconnecting' | 'left' }
  | { kind: 'join'; who: number }
  | { kind: 'remove'; who: number }
  | { kind: 'break'; minutes: number }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      actor: fc.nat(PEOPLE.length + 1),
      command: fc.nat(12),
      target: fc.nat(TARGETS.length - 1),
      stale: fc.boolean(),
      flag: fc.boolean(),
      seconds: fc.option(fc.constantFrom(15, 60, 300), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('presence' as const), who: fc.nat(PEOPLE.length - 1), to: fc.constantFrom('online' as const, 'reconnecting' as const, 'left' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('join' as const), who: fc.nat(PEOPLE.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), who: fc.nat(PEOPLE.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('break' as const), minutes: fc.constantFrom(1, 5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 120_000 }) }) },
);

function commandFor(s: Step & { kind: 'command' }, state: SessionState): Command {
  const participantId = TARGETS[s.target]!;
  const expectedTurn = s.stale ? Math.max(0, state.turns.turn - 1) : state.turns.turn;
  const commands: Command[] = [
    { type: 'turns:raiseHand', payload: {} },
    { type: 'turns:lowerHand', payload: { participantId } },
    { type: 'turns:lowerAll', payload: {} },
    { type: 'turns:move', payload: { participantId, direction: s.flag ? 'up' : 'down' } },
    { type: 'turns:next', payload: { expectedTurn } },
    { type: 'turns:give', payload: { participantId, expectedTurn } },
    { type: 'turns:endTurn', payload: { expectedTurn } },
    { type: 'turns:pass', payload: { expectedTurn } },
    { type: 'turns:setTurnLength', payload: { seconds: s.seconds } },
    { type: 'turns:setBalanced', payload: { enabled: s.flag } },
    { type: 'turns:startGoAround', payload: { order: s.flag ? 'shuffled' : 'roster', seconds: s.seconds, includeLateJoiners: s.stale } },
    { type: 'turns:resumeGoAround', payload: { expectedTurn } },
    { type: 'turns:endGoAround', payload: {} },
  ];
  return commands[s.command % commands.length]!;
}

function checkInvariants(state: SessionState, now: number): void {
  const { turns } = state;
  const here = (id: string) => !!state.participants[id] && isPresent(state.participants[id]!);
  const ids = turns.queue.map((h) => h.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    expect(here(id)).toBe(true);
    expect(state.participants[id]!.role).toBe('member');
  }
  if (turns.floor) {
    expect(here(turns.floor.holderId)).toBe(true);
    // Whoever has the floor has no hand up.
    expect(ids).not.toContain(turns.floor.holderId);
  }
  const round = turns.goAround;
  if (round) {
    const list = roundList(round);
    expect(round.index).toBeGreaterThanOrEqual(0);
    expect(round.index).toBeLessThan(list.length);
    expect(new Set(round.order).size).toBe(round.order.length);
    if (round.paused) expect(turns.floor).toBeNull();
    else expect(turns.floor).toMatchObject({ holderId: list[round.index], source: 'goaround' });
  } else if (turns.floor) {
    expect(turns.floor.source).not.toBe('goaround');
  }
  if (state.endedAt !== null) expect(turns.floor).toBeNull();
  // Floor intervals are in time order, never overlap, and never run past now.
  let last = -Infinity;
  for (const i of turns.floorIntervals) {
    expect(i.from).toBeLessThan(i.to);
    expect(i.from).toBeGreaterThanOrEqual(last);
    expect(i.to).toBeLessThanOrEqual(now);
    last = i.to;
  }
  if (turns.floor) expect(turns.floor.since).toBeGreaterThanOrEqual(last);
}

function simulate(steps: Step[], seed: number): { state: SessionState; now: number } {
  let now = T0;
  let rand = seed || 1;
  const random = () => ((rand = (rand * 16807) % 2147483647) - 1) / 2147483646;
  const events: DomainEvent[] = sessionCreation(now);
  let state = replay(events);
  const apply = (d: { ok: true; events: DomainEvent[] } | { ok: false }) => {
    if (!d.ok) return;
    events.push(...d.events);
    state = replay(d.events, state);
  };
  apply(decidePresence(state, 'fac', 'online', now));
  apply(decideJoin(state, { id: 'co', name: 'Co', role: 'cofacilitator' }, now));
  apply(decidePresence(state, 'co', 'online', now));
  for (const id of PEOPLE.slice(0, 4)) {
    apply(decideJoin(state, { id, name: id, role: 'member' }, now));
    apply(decidePresence(state, id, 'online', now));
  }

  for (const s of steps) {
    let turnBefore = state.turns.turn;
    switch (s.kind) {
      case 'command': {
        const actor = s.actor === 0 ? fac : s.actor === 1 ? co : member(PEOPLE[s.actor - 2]!);
        const before = state;
        const r = reduce(state, commandFor(s, state), actor, { now, random, newId: () => 'x' });
        if (r.ok) {
          events.push(...r.events);
          state = r.state;
        } else {
          expect(state).toBe(before);
        }
        break;
      }
      case 'presence':
        apply(decidePresence(state, PEOPLE[s.who]!, s.to, now));
        break;
      case 'join': {
        const id = PEOPLE[s.who]!;
        if (!state.participants[id]) {
          apply(decideJoin(state, { id, name: id, role: 'member' }, now));
          apply(decidePresence(state, id, 'online', now));
        }
        break;
      }
      case 'remove':
        apply(decide(state, { type: 'session:remove', payload: { participantId: PEOPLE[s.who]! } }));
        break;
      case 'break':
        apply(decide(state, { type: 'break:start', payload: { minutes: s.minutes } }));
        break;
      case 'wait':
        now += s.ms;
        break;
    }
    expect(state.turns.turn).toBeGreaterThanOrEqual(turnBefore);
    turnBefore = state.turns.turn;
    checkInvariants(state, now);
  }
  // The log alone rebuilds the same state: nothing depends on anything but events.
  expect(replay(events, emptyState())).toEqual(state);
  return { state, now };

  function decide(st: SessionState, command: Command) {
    return reduce(st, command, fac, { now, random, newId: () => 'x' });
  }
}

describe('turn-taking invariants under random use', () => {
  it('hold for any sequence of commands, arrivals, departures, breaks and waits', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 1_000_000 }), (steps, seed) => {
        simulate(steps, seed);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('two advancing presses made from the same view never both move the floor', () => {
    const advancing = (turn: number, target: string): Command[] => [
      { type: 'turns:next', payload: { expectedTurn: turn } },
      { type: 'turns:give', payload: { participantId: target, expectedTurn: turn } },
      { type: 'turns:endTurn', payload: { expectedTurn: turn } },
      { type: 'turns:pass', payload: { expectedTurn: turn } },
      { type: 'turns:resumeGoAround', payload: { expectedTurn: turn } },
    ];
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.nat(4),
        fc.nat(4),
        fc.constantFrom(...PEOPLE),
        (steps, seed, a, b, target) => {
          const { state, now } = simulate(steps, seed);
          const seen = state.turns.turn;
          const c = { now, random: () => 0.5, newId: () => 'x' };
          const first = reduce(state, advancing(seen, target)[a]!, fac, c);
          if (!first.ok || first.state.turns.turn === seen) return;
          const second = reduce(first.state, advancing(seen, target)[b]!, co, c);
          expect(second.ok ? 'accepted' : second.error.code).toBe('conflict');
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
