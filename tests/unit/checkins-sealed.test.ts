import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { activeCheckin } from '../../shared/checkin/state.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import { reduce, replay } from '../../shared/domain/reducer.js';
import { hydrateSealed, redactForLog, sealedRecords, stripSealed } from '../../shared/domain/sealed.js';
import { decideAnswersLost } from '../../shared/checkin/decide.js';
import { viewFor } from '../../shared/domain/views.js';
import { ctx, fac, member, mustRun, room, T0 } from '../support/checkins-fixture.js';

const WORDS = ['marmalade', 'thunder', 'velvet', 'lantern'];

/** Runs a word check-in with four distinct answers, keeping what the room would commit. */
function wordCheckin() {
  const base = room(4);
  let s = mustRun(base, { type: 'checkin:start', payload: { prompt: 'One word', format: { kind: 'word' } } }, fac);
  const id = activeCheckin(s)!.id;
  const started = s;
  const logged: DomainEvent[] = [];
  const sealed = new Map<string, unknown>();
  for (let i = 1; i <= 4; i++) {
    const command: Command = { type: 'checkin:answer', payload: { checkinId: id, value: WORDS[i - 1]! } };
    const r = reduce(s, command, member(i), ctx());
    if (!r.ok) throw new Error(r.error.message);
    logged.push(...r.events.map(redactForLog));
    for (const rec of sealedRecords(r.state, r.events)) sealed.set(rec.key, rec.value);
    s = r.state;
  }
  return { started, s, id, logged, sealed };
}

describe('redactForLog', () => {
  it('removes the answer and keeps only who answered', () => {
    const e: DomainEvent = { type: 'checkin:answered', at: 5, checkinId: 'c1', participantId: 'm1', value: 'marmalade' };
    expect(redactForLog(e)).toEqual({ type: 'checkin:answered', at: 5, checkinId: 'c1', participantId: 'm1' });
    expect(JSON.stringify(redactForLog(e))).not.toContain('marmalade');
  });

  it('drops any field it does not know on an answer event', () => {
    const e = { type: 'checkin:answered', at: 5, checkinId: 'c1', participantId: 'm1', value: 3, extra: 'x' } as unknown as DomainEvent;
    expect(Object.keys(redactForLog(e)).sort()).toEqual(['at', 'checkinId', 'participantId', 'type']);
  });

  it('leaves other events alone', () => {
    const e: DomainEvent = { type: 'checkin:revealed', at: 5, checkinId: 'c1' };
    expect(redactForLog(e)).toBe(e);
  });

  it('no logged event of a check-in carries any answer', () => {
    const { logged } = wordCheckin();
    const text = JSON.stringify(logged);
    for (const w of WORDS) expect(text).not.toContain(w);
    expect(logged.map((e) => e.type)).toEqual(Array(4).fill('checkin:answered'));
  });
});

/** The word check-in revealed, with what that commit would store. */
function revealed() {
  const w = wordCheckin();
  const r = reduce(w.s, { type: 'checkin:reveal', payload: { checkinId: w.id } }, fac, ctx());
  if (!r.ok) throw new Error(r.error.message);
  for (const rec of sealedRecords(r.state, r.events)) w.sealed.set(rec.key, rec.value);
  return { ...w, s: r.state, logged: [...w.logged, ...r.events.map(redactForLog)] };
}

describe('sealed records', () => {
  it('none while a check-in takes answers: open answers stay in memory', () => {
    const { sealed, s } = wordCheckin();
    expect(sealed.size).toBe(0);
    const stopped = reduce(s, { type: 'checkin:stop', payload: { checkinId: activeCheckin(s)!.id } }, fac, ctx());
    expect(stopped.ok && sealedRecords(stopped.state, stopped.events)).toEqual([]);
  });

  it('one, at reveal, holding counts only: no participant id, no time, no order of arrival', () => {
    const { sealed, id } = revealed();
    expect([...sealed.keys()]).toEqual([`checkin:${id}`]);
    const value = sealed.get(`checkin:${id}`);
    expect(value).toEqual({ kind: 'word', words: [['lantern', 1], ['marmalade', 1], ['thunder', 1], ['velvet', 1]] });
    const text = JSON.stringify(value);
    for (const p of ['m1', 'm2', 'm3', 'm4', 'Member']) expect(text).not.toContain(p);
  });

  it('closing without reveal forgets the answers, in memory too', () => {
    const { s, id } = wordCheckin();
    const r = reduce(s, { type: 'checkin:close', payload: { checkinId: id } }, fac, ctx());
    if (!r.ok) throw new Error(r.error.message);
    expect(sealedRecords(r.state, r.events)).toEqual([]);
    const text = JSON.stringify(r.state);
    for (const w of WORDS) expect(text).not.toContain(w);
    expect(Object.keys(r.state.checkins.byId[id]!.answered)).toHaveLength(4);
  });

  it('snapshots leave the tally out', () => {
    const { s } = wordCheckin();
    const text = JSON.stringify(stripSealed(s));
    for (const w of WORDS) expect(text).not.toContain(w);
    expect(activeCheckin(stripSealed(s))!.answered).toEqual({ m1: true, m2: true, m3: true, m4: true });
  });

  it('log replay plus the reveal record rebuild exactly the live state', () => {
    const { started, s, logged, sealed } = revealed();
    const rebuilt = hydrateSealed(
      replay(logged, started),
      [...sealed].map(([key, value]) => ({ key, value: JSON.parse(JSON.stringify(value)) as unknown })),
    );
    expect(rebuilt).toEqual(s);
  });

  it('a stripped snapshot plus the reveal record also rebuild it', () => {
    const { s, sealed } = revealed();
    const rebuilt = hydrateSealed(JSON.parse(JSON.stringify(stripSealed(s))), [...sealed].map(([key, value]) => ({ key, value })));
    expect(rebuilt).toEqual(s);
  });

  it('a record left by an older version for a check-in never revealed is not put back', () => {
    const { s, id } = wordCheckin();
    const stripped = stripSealed(s);
    const legacy = { key: `checkin:${id}`, value: { kind: 'word', words: [['lantern', 1]] } };
    expect(activeCheckin(hydrateSealed(stripped, [legacy]))!.tally).toEqual({ kind: 'word', words: [] });
  });

  it('ignores records that do not fit (other features, damaged rows)', () => {
    const { s, id } = revealed();
    const stripped = stripSealed(s);
    expect(hydrateSealed(stripped, [{ key: 'other:1', value: 1 }, { key: `checkin:${id}`, value: { kind: 'scale', counts: [] } }])).toEqual(stripped);
  });
});

describe('after a restart', () => {
  it('a check-in that was taking answers starts over, empty, and says so', () => {
    const { s, id, logged, started } = wordCheckin();
    // What a restarted server rebuilds: who answered, no answers.
    const loaded = hydrateSealed(replay(logged, started), []);
    const d = decideAnswersLost(loaded, T0 + 9);
    expect(d).toEqual({ ok: true, events: [{ type: 'checkin:reopened', at: T0 + 9, checkinId: id }] });
    const reopened = replay(d.ok ? d.events : [], loaded);
    expect(activeCheckin(reopened)).toMatchObject({ phase: 'open', answered: {}, reopenedAt: T0 + 9, tally: { kind: 'word', words: [] } });
    expect(viewFor(reopened, 'm1').shared!.checkin).toMatchObject({ answered: 0, expected: 4, reopened: true });
    expect(viewFor(reopened, 'm1').me.checkin).toEqual({ id, answered: false });
    // Everyone may answer again.
    expect(reduce(reopened, { type: 'checkin:answer', payload: { checkinId: id, value: 'again' } }, member(1), ctx()).ok).toBe(true);
    expect(s.checkins.byId[id]!.reopenedAt).toBeNull();
  });

  it('nothing to start over when nobody had answered, or the results were already revealed', () => {
    const base = mustRun(room(4), { type: 'checkin:start', payload: { prompt: 'One word', format: { kind: 'word' } } }, fac);
    expect(decideAnswersLost(base, T0)).toEqual({ ok: true, events: [] });
    expect(decideAnswersLost(revealed().s, T0)).toEqual({ ok: true, events: [] });
  });
});
