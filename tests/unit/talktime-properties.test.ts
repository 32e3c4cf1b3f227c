import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import { creationEvents, reduce, replay } from '../../shared/domain/reducer.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { TalkInterval, TalkSource } from '../../shared/talk/intervals.js';
import { CROSSTALK, durationAt } from '../../shared/talk/intervals.js';
import type { TalkInput } from '../../shared/talk/metrics.js';
import { talkMetrics } from '../../shared/talk/metrics.js';
import { talkSummary } from '../../shared/talk/summary.js';
import { allIntervals } from '../../shared/talk/state.js';
import { talkTimeByParticipant } from '../../shared/talk/time.js';
import { T0 } from '../support/domain.js';

const MEMBERS = ['m0', 'm1', 'm2', 'm3', 'm4'];
const SPEAKERS = [...MEMBERS, 'fac', CROSSTALK];

/** One source's intervals: back to back with gaps, never overlapping; the last may be open. */
const sourceIntervals = (source: TalkSource) =>
  fc
    .record({
      steps: fc.array(fc.record({ gap: fc.nat(30_000), len: fc.integer({ min: 1, max: 60_000 }), who: fc.constantFrom(...SPEAKERS) }), { maxLength: 25 }),
      lastOpen: fc.boolean(),
    })
    .map(({ steps, lastOpen }) => {
      let t = T0;
      const out: TalkInterval[] = steps.map(({ gap, len, who }) => {
        const from = t + gap;
        t = from + len;
        return { participantId: who, from, to: t, source };
      });
      if (lastOpen && out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, to: null };
      return out;
    });

const presence = fc.array(fc.tuple(fc.nat(100_000), fc.nat(100_000)), { maxLength: 3 }).map((pairs) => {
  let t = T0;
  return pairs.map(([gap, len]) => {
    const from = t + gap;
    t = from + len;
    return { from, to: t as number | null };
  });
});

const talkInput = fc
  .record({
    floor: sourceIntervals('floor'),
    tracker: sourceIntervals('tracker'),
    presence: fc.array(presence, { minLength: MEMBERS.length, maxLength: MEMBERS.length }),
    after: fc.nat(3_000_000),
    ended: fc.boolean(),
  })
  .map(({ floor, tracker, presence, after, ended }): { input: TalkInput; now: number } => {
    const people: TalkInput['people'] = { fac: { name: 'F', role: 'facilitator', present: [{ from: T0, to: null }] } };
    MEMBERS.forEach((id, i) => (people[id] = { name: id, role: 'member', present: presence[i]! }));
    const intervals: TalkInput['intervals'] = {};
    floor.forEach((x, n) => (intervals[`f${n}`] = x));
    tracker.forEach((x, n) => (intervals[`t${n}`] = x));
    const now = T0 + after;
    return { input: { startedAt: T0, endedAt: ended ? now : null, people, intervals }, now };
  });

describe('talk-time metrics, for any interval sequence', () => {
  it("per source, members' talk never exceeds the elapsed time; neither does the combined timeline", () => {
    fc.assert(
      fc.property(talkInput, ({ input, now }) => {
        const m = talkMetrics(input, now);
        for (const source of ['floor', 'tracker'] as const) {
          const sum = Object.values(input.intervals)
            .filter((i) => i.source === source && MEMBERS.includes(i.participantId))
            .reduce((a, i) => a + durationAt(i, now), 0);
          expect(sum).toBeLessThanOrEqual(m.elapsedMs);
        }
        expect(m.memberTotalMs).toBeLessThanOrEqual(m.totalMs);
        expect(m.totalMs).toBeLessThanOrEqual(m.elapsedMs);
        for (let i = 1; i < m.timeline.length; i++) expect(m.timeline[i]!.from).toBeGreaterThanOrEqual(m.timeline[i - 1]!.to);
      }),
    );
  });

  it('the tracker never loses time to the floor (it wins every shared moment)', () => {
    fc.assert(
      fc.property(talkInput, ({ input, now }) => {
        const m = talkMetrics(input, now);
        for (const r of m.members) {
          const tracked = Object.values(input.intervals)
            .filter((i) => i.source === 'tracker' && i.participantId === r.id)
            .reduce((a, i) => a + durationAt(i, now), 0);
          expect(r.bySource.tracker).toBe(tracked);
          expect(r.talkMs).toBe(r.bySource.tracker + r.bySource.floor);
        }
      }),
    );
  });

  it('shares and fair shares sum to 1, and the balance index stays within [0, 1]', () => {
    fc.assert(
      fc.property(talkInput, ({ input, now }) => {
        const m = talkMetrics(input, now);
        if (m.memberTotalMs > 0) expect(m.members.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 9);
        if (m.members.some((r) => r.presentMs > 0)) expect(m.members.reduce((a, r) => a + r.fairShare, 0)).toBeCloseTo(1, 9);
        if (m.balanceIndex !== null) {
          expect(m.balanceIndex).toBeGreaterThanOrEqual(0);
          expect(m.balanceIndex).toBeLessThanOrEqual(1);
        }
        expect(m.balanceIndex === null).toBe(m.memberTotalMs === 0 || m.members.length < 2);
      }),
    );
  });
});

/** Random commands and room events through the real reducer: the tracker's intervals stay consistent. */
describe('tracker intervals, for any sequence of taps and room events', () => {
  const fac: Actor = { kind: 'participant', id: 'fac', role: 'facilitator' };
  type Step = { dt: number; kind: 'track' | 'give' | 'endTurn' | 'leave' | 'return' | 'break' | 'endBreak'; who: string | null };
  const step = fc.record({
    dt: fc.nat(20_000),
    kind: fc.constantFrom('track', 'track', 'track', 'give', 'give', 'endTurn', 'leave', 'return', 'break', 'endBreak'),
    who: fc.option(fc.constantFrom('fac', 'm0', 'm1', 'm2', CROSSTALK)),
  }) as fc.Arbitrary<Step>;

  function room(): SessionState {
    let st = replay(creationEvents({ sessionId: 's', groupId: 'g', groupName: 'G', joinCode: 'ABCDEF', agreement: 'a', waitingRoom: false, facilitatorId: 'fac', facilitatorName: 'F', now: T0 }));
    const d0 = decidePresence(st, 'fac', 'online', T0);
    if (d0.ok) st = replay(d0.events, st);
    for (const id of ['m0', 'm1', 'm2']) {
      for (const d of [decideJoin(st, { id, name: id, role: 'member' }, T0)]) if (d.ok) st = replay(d.events, st);
      const p = decidePresence(st, id, 'online', T0);
      if (p.ok) st = replay(p.events, st);
    }
    return st;
  }

  it('never overlap, only the last is open, an open one has a present speaker, the session end closes it, and the one talk-time function agrees', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, end) => {
        let st = room();
        let t = T0;
        const tryRun = (c: Command) => {
          const r = reduce(st, c, fac, { now: t, random: () => 0.5, newId: () => 'x' });
          if (r.ok) st = r.state;
        };
        for (const sp of steps) {
          t += sp.dt;
          const who = sp.who ?? 'm0';
          if (sp.kind === 'track') tryRun({ type: 'talk:track', payload: { speaker: sp.who } });
          else if (sp.kind === 'give') tryRun({ type: 'turns:give', payload: { participantId: who, expectedTurn: st.turns.turn } });
          else if (sp.kind === 'endTurn') tryRun({ type: 'turns:endTurn', payload: { expectedTurn: st.turns.turn } });
          else if (sp.kind === 'break') tryRun({ type: 'break:start', payload: { minutes: 1 } });
          else if (sp.kind === 'endBreak') tryRun({ type: 'break:end', payload: {} });
          else if (who !== CROSSTALK && who !== 'fac') {
            const d = decidePresence(st, who, sp.kind === 'leave' ? 'left' : 'online', t);
            if (d.ok) st = replay(d.events, st);
          }
        }
        if (end) tryRun({ type: 'session:end', payload: {} });
        const list = st.talk.tracked;
        list.forEach((i, n) => {
          if (i.to !== null) expect(i.to).toBeGreaterThan(i.from);
          if (n < list.length - 1) expect(i.to).not.toBeNull();
          if (n > 0) expect(i.from).toBeGreaterThanOrEqual(list[n - 1]!.to!);
        });
        const open = list[list.length - 1];
        if (open && open.to === null) {
          expect(end).toBe(false);
          if (open.participantId !== CROSSTALK) expect(st.participants[open.participantId]!.presence).not.toBe('left');
        }
        const m = talkSummary(st);
        expect(m.totalMs).toBeLessThanOrEqual(m.elapsedMs);
        // Per source, the floor's intervals never overlap either, and the one talk-time function agrees with the metrics.
        const floorMs = allIntervals(st).filter((i) => i.source === 'floor').reduce((a, i) => a + durationAt(i, m.now), 0);
        expect(floorMs).toBeLessThanOrEqual(m.elapsedMs);
        const byId = talkTimeByParticipant(st, m.now);
        for (const r of m.members) expect(byId[r.id] ?? 0).toBe(r.talkMs);
        expect(byId.fac ?? 0).toBe(m.facilitator.ms);
      }),
    );
  });
});
