import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/reducer.js';
import { decideSealedLost, holdsSealedInMemory, hydrateSealed, stripSealed } from '../../shared/domain/sealed.js';
import { viewFor } from '../../shared/domain/views.js';
import { activeRun } from '../../shared/measure/state.js';
import { codeOf, fac, member, run, T0 } from '../support/domain.js';
import { openCommand, recorder, room } from '../support/measures-fixture.js';

const answer = (runId: string, values: Array<number | null>) => ({ type: 'measure:answer' as const, payload: { runId, values } });

describe('opening a measure', () => {
  it('only staff open, one at a time, with the definition\'s number of questions', () => {
    const s = room(3);
    expect(codeOf(run(s, openCommand('wellbeing', 'named'), member(1)))).toBe('forbidden');
    const r = recorder(s);
    r.send(openCommand('wellbeing', 'named', { cutoff: 20 }), fac);
    expect(codeOf(run(r.state, openCommand('session', 'anonymous'), fac))).toBe('measure_already_open');
    const bad = { type: 'measure:open' as const, payload: { kind: 'session' as const, mode: 'named' as const, items: ['just one'], low: 'a', high: 'b' } };
    expect(codeOf(run(s, bad, fac))).toBe('invalid_payload');
  });

  it('refuses a mode the measure does not allow, and a cut-off on anything but how I have been', () => {
    const s = room(3);
    expect(codeOf(run(s, openCommand('climate', 'named'), fac))).toBe('invalid_payload');
    expect(codeOf(run(s, openCommand('wellbeing', 'anonymous'), fac))).toBe('invalid_payload');
    expect(codeOf(run(s, openCommand('session', 'named', { cutoff: 3 }), fac))).toBe('invalid_payload');
    expect(codeOf(run(s, openCommand('session', 'named'), fac))).toBe('ok');
  });
});

describe('named answers', () => {
  it('reach staff with totals and the cut-off flag, and the member only as "answered"', () => {
    const r = recorder(room(3));
    r.send(openCommand('wellbeing', 'named', { cutoff: 20 }), fac);
    const id = activeRun(r.state)!.id;
    r.send(answer(id, [3, 4, 5, 6]), member(1));
    r.send(answer(id, [9, null, 8, 7]), member(2));
    expect(codeOf(run(r.state, answer(id, [1, 1, 1, 1]), member(1)))).toBe('already_answered');
    expect(codeOf(run(r.state, answer(id, [1, 1, 1]), member(3)))).toBe('invalid_payload');
    expect(codeOf(run(r.state, answer(id, [11, 1, 1, 1]), member(3)))).toBe('invalid_payload');
    const staff = viewFor(r.state, 'fac').shared!.staff!.measures.runs[0]!;
    expect(staff.rows).toEqual({ m1: { values: [3, 4, 5, 6], total: 18, belowCutoff: true }, m2: { values: [9, null, 8, 7], total: 32 } });
    const m3 = viewFor(r.state, 'm3');
    expect(m3.shared!.measure).toMatchObject({ answered: 2, expected: 3, items: ['q1', 'q2', 'q3', 'q4'] });
    expect(m3.me.measure).toEqual({ goals: [], active: { runId: id, answered: false } });
    expect(JSON.stringify(m3)).not.toContain('"total"');
  });
});

describe('goals', () => {
  it('a member writes their own; staff write them with a member; nobody writes another member\'s', () => {
    const r = recorder(room(3));
    r.send({ type: 'measure:setGoals', payload: { goals: ['say when I disagree'] } }, member(1));
    r.send({ type: 'measure:setGoals', payload: { memberId: 'm2', goals: ['ask for help', 'stay in the room'] } }, fac);
    expect(codeOf(run(r.state, { type: 'measure:setGoals', payload: { memberId: 'm2', goals: ['x'] } }, member(1)))).toBe('forbidden');
    expect(codeOf(run(r.state, { type: 'measure:setGoals', payload: { goals: ['x'] } }, fac))).toBe('invalid_payload');
    expect(codeOf(run(r.state, { type: 'measure:setGoals', payload: { memberId: 'fac', goals: ['x'] } }, fac))).toBe('not_found');
    expect(viewFor(r.state, 'm1').me.measure!.goals).toEqual(['say when I disagree']);
    expect(JSON.stringify(viewFor(r.state, 'm1'))).not.toContain('ask for help');
    expect(viewFor(r.state, 'fac').shared!.staff!.measures.goals).toEqual({ m1: ['say when I disagree'], m2: ['ask for help', 'stay in the room'] });
  });

  it('each member rates their own goals; a member without goals is asked to write one first', () => {
    const r = recorder(room(3));
    r.send({ type: 'measure:setGoals', payload: { goals: ['say when I disagree', 'ask for help'] } }, member(1));
    r.send(openCommand('goals', 'named'), fac);
    const id = activeRun(r.state)!.id;
    expect(codeOf(run(r.state, answer(id, [5]), member(1)))).toBe('invalid_payload');
    expect(codeOf(run(r.state, answer(id, [5]), member(2)))).toBe('no_goals');
    r.send(answer(id, [6, null]), member(1));
    expect(viewFor(r.state, 'fac').shared!.staff!.measures.runs[0]!.rows!.m1).toEqual({ values: [6, null], total: 12, goals: ['say when I disagree', 'ask for help'] });
  });
});

describe('anonymous answers, by the check-ins\' rules', () => {
  function climate(answers: number) {
    const r = recorder(room(4));
    r.send(openCommand('climate', 'anonymous', { minimum: 3 }), fac);
    const id = activeRun(r.state)!.id;
    for (let i = 1; i <= answers; i++) r.send(answer(id, [i, 5, 1, 2, 0, 6]), member(i));
    return { r, id };
  }

  it('the log says who answered, never what, and nothing is sealed while open', () => {
    const { r } = climate(3);
    const answers = r.logged.filter((e) => e.type === 'measure:answeredAnonymously');
    expect(answers).toHaveLength(3);
    for (const e of answers) expect(Object.keys(e).sort()).toEqual(['at', 'participantId', 'runId', 'type']);
    expect(r.sealed.size).toBe(0);
    expect(holdsSealedInMemory(r.state)).toBe(true);
    expect(JSON.stringify(stripSealed(r.state).measures)).not.toMatch(/\[0,1,/);
  });

  it('staff see no aggregate while open; at close with enough answers, one record of counts is kept', () => {
    const { r, id } = climate(3);
    expect(viewFor(r.state, 'fac').shared!.staff!.measures.runs[0]!.results).toBeUndefined();
    r.send({ type: 'measure:close', payload: { runId: id } }, fac);
    expect([...r.sealed.keys()]).toEqual([`measure:${id}`]);
    const results = viewFor(r.state, 'fac').shared!.staff!.measures.runs[0]!.results!;
    expect(results.count).toBe(3);
    expect(results.subscales).toEqual({ engagement: 3.5, avoidance: 1.5, conflict: 3 });
    expect(JSON.stringify(viewFor(r.state, 'm1'))).not.toContain('subscales');
    // Rebuilt from the log and the record alone, the aggregate comes back.
    const rebuilt = hydrateSealed(replay(r.logged, r.start), [...r.sealed].map(([key, value]) => ({ key, value })));
    expect(viewFor(rebuilt, 'fac').shared!.staff!.measures.runs[0]!.results).toEqual(results);
  });

  it('below the minimum nothing is shown or kept, and the counts are forgotten at close', () => {
    const { r, id } = climate(2);
    r.send({ type: 'measure:close', payload: { runId: id } }, fac);
    expect(r.sealed.size).toBe(0);
    expect(viewFor(r.state, 'fac').shared!.staff!.measures.runs[0]!.results).toBeUndefined();
    expect(r.state.measures.runs[id]!.histograms.flat().every((n) => n === 0)).toBe(true);
  });

  it('after a restart an open anonymous measure starts over, empty, and says so', () => {
    const { r, id } = climate(2);
    const loaded = hydrateSealed(replay(r.logged, r.start), []);
    const d = decideSealedLost(loaded, T0 + 9);
    expect(d).toEqual({ ok: true, events: [{ type: 'measure:reopened', at: T0 + 9, runId: id }] });
  });

  it('staff see how many answered, never who, for an anonymous measure', () => {
    const { r } = climate(2);
    const run0 = viewFor(r.state, 'fac').shared!.staff!.measures.runs[0]!;
    expect(run0).toMatchObject({ answered: 2, expected: 4 });
    expect(run0.rows).toBeUndefined();
  });
});
