import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { creationEvents, replay } from '../../shared/domain/reducer.js';
import { SqliteStore } from '../../server/store/local-store.js';
import { openDatabase } from '../../server/store/sqlite-store.js';
import type { Store } from '../../server/store/store.js';
import { groupMemberCredential } from '../../server/auth/group-member.js';
import { groupStaffCredential } from '../../server/auth/group-staff.js';
import { startNextSession } from '../../server/summary/next-session.js';
import { DEFAULT_MEASURE_SETTINGS } from '../../shared/measure/definitions.js';
import { FakeClock, openTestStore, tempDir } from '../support/harness.js';
import { openPgTestStore } from '../support/pg.js';
import { programme } from '../support/programme.js';

/**
 * The storage contract every Store implementation must keep. Runs against the
 * worker store (what the server runs), and SQLite in process in a file and in
 * memory, and PostgreSQL (a throwaway database on the machine's server, tests/support/pg.ts).
 */
const stores: Array<[string, () => Promise<Store>]> = [
  ['worker store', () => openTestStore(tempDir(), 'worker')],
  ['sqlite file', async () => new SqliteStore(openDatabase({ file: path.join(tempDir(), 'a.sqlite') }))],
  ['sqlite memory', async () => new SqliteStore(openDatabase({ file: ':memory:' }))],
  ['postgresql', openPgTestStore],
];

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

const T = 1_800_000_000_000;
function record(sessionId = 's1', code = 'ABCDEF') {
  const events = creationEvents({
    sessionId,
    groupId: `g-${sessionId}`,
    groupName: 'G',
    joinCode: code,
    agreement: 'A',
    waitingRoom: false,
    facilitatorId: 'f',
    facilitatorName: 'Dana',
    now: T,
  });
  return {
    sessionId,
    groupId: `g-${sessionId}`,
    groupName: 'G',
    agreement: 'A',
    joinCode: code,
    coFacilitatorInviteHash: 'ab'.repeat(32),
    createdAt: T,
    facilitator: { participantId: 'f', name: 'Dana', tokenHash: `hash-${sessionId}` },
    events,
  };
}

describe.each(stores)('Store contract: %s', (_name, opener) => {
  const make = async () => {
    const s = await opener();
    open.push(s);
    return s;
  };

  it('creates a session and finds it by id, code and credential', async () => {
    const store = await make();
    await store.createSession(record());
    expect(await store.findSession('s1')).toMatchObject({ sessionId: 's1', joinCode: 'ABCDEF', endedAt: null });
    expect((await store.findSessionByJoinCode('ABCDEF'))?.sessionId).toBe('s1');
    expect(await store.findCredential('hash-s1')).toEqual({ sessionId: 's1', participantId: 'f' });
    expect(await store.findCredential('nope')).toBeUndefined();
  });

  it('appends events in order and loads them back with snapshot and sealed records', async () => {
    const store = await make();
    const r = record();
    await store.createSession(r);
    const state = replay(r.events);
    await store.commit({
      sessionId: 's1',
      fromV: 2,
      events: [{ type: 'break:started', at: T + 1, endsAt: T + 60_000 }],
      sealed: [{ key: 'k', value: { counts: [1, 2] } }],
      snapshot: { ...state, v: 3 },
    });
    await store.commit({ sessionId: 's1', fromV: 3, events: [{ type: 'session:ended', at: T + 2 }], sealed: [], endedAt: T + 2 });
    const loaded = (await store.load('s1'))!;
    expect(loaded.snapshot?.v).toBe(3);
    expect(loaded.events.map((e) => e.type)).toEqual(['session:ended']);
    expect(loaded.sealed).toEqual([{ key: 'k', value: { counts: [1, 2] } }]);
    expect(await store.countEvents('s1')).toBe(4);
    expect((await store.findSession('s1'))?.endedAt).toBe(T + 2);
    expect(await store.findSessionByJoinCode('ABCDEF')).toBeUndefined();
  });

  it('refuses a commit from a stale version and keeps nothing of it', async () => {
    const store = await make();
    await store.createSession(record());
    await expect(
      store.commit({ sessionId: 's1', fromV: 1, events: [{ type: 'break:ended', at: T }], sealed: [{ key: 'x', value: 1 }] }),
    ).rejects.toThrow(/version clash/);
    expect(await store.countEvents('s1')).toBe(2);
    expect((await store.load('s1'))!.sealed).toEqual([]);
  });

  it('keeps nothing of a commit that fails part-way (its credential is taken), whether written alone or beside others', async () => {
    const store = await make();
    await store.createSession(record('s1', 'AAAAAA'));
    await store.createSession(record('s2', 'BBBBBB'));
    // Its events are inserted before the credential, which is the facilitator's own and so refused.
    const taken = (fromV: number) => ({ sessionId: 's1', fromV, events: [{ type: 'break:ended' as const, at: T }], sealed: [], credential: { tokenHash: 'hash-s1', participantId: 'x' } });
    await expect(store.commit(taken(2))).rejects.toThrow();
    expect(await store.countEvents('s1')).toBe(2);
    const beside = await Promise.allSettled([
      store.commit({ sessionId: 's2', fromV: 2, events: [{ type: 'break:ended', at: T }], sealed: [] }),
      store.commit(taken(2)),
      store.commit({ sessionId: 's2', fromV: 3, events: [{ type: 'break:ended', at: T + 1 }], sealed: [] }),
    ]);
    expect(beside.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.countEvents('s1')).toBe(2);
    expect(await store.countEvents('s2')).toBe(4);
  });

  it('takes commits made without waiting (pipelined), resolves them in order, and a refused one fails alone', async () => {
    const store = await make();
    await store.createSession(record('s1', 'AAAAAA'));
    await store.createSession(record('s2', 'BBBBBB'));
    const order: string[] = [];
    const commits = [];
    for (let i = 0; i < 20; i++) {
      commits.push(store.commit({ sessionId: 's1', fromV: 2 + i, events: [{ type: 'break:ended', at: T + i }], sealed: [] }).then(() => order.push(`s1:${i}`)));
      if (i === 10) commits.push(store.commit({ sessionId: 's2', fromV: 7, events: [{ type: 'break:ended', at: T }], sealed: [] }).catch(() => order.push('s2:refused')));
    }
    await Promise.all(commits);
    expect(order).toEqual([...Array.from({ length: 11 }, (_, i) => `s1:${i}`), 's2:refused', ...Array.from({ length: 9 }, (_, i) => `s1:${i + 11}`)]);
    expect(await store.countEvents('s1')).toBe(22);
    expect(await store.countEvents('s2')).toBe(2);
  });

  it('keeps join codes unique among sessions', async () => {
    const store = await make();
    await store.createSession(record('s1', 'ABCDEF'));
    await expect(store.createSession(record('s2', 'ABCDEF'))).rejects.toThrow();
    expect(await store.findSession('s2')).toBeUndefined();
  });

  it('replaces the co-facilitator invite', async () => {
    const store = await make();
    await store.createSession(record());
    await store.setCoFacilitatorInvite('s1', 'cd'.repeat(32));
    expect((await store.findSession('s1'))?.coFacilitatorInviteHash).toBe('cd'.repeat(32));
  });

  it('loads nothing for an unknown session', async () => {
    const store = await make();
    expect(await store.load('nope')).toBeUndefined();
  });

  it('stores notes updates in order and compacts them into one', async () => {
    const store = await make();
    await store.createSession(record());
    await Promise.all([1, 2, 3].map((b) => store.notes.append('s1', new Uint8Array([b, b]))));
    expect(await store.notes.load('s1')).toEqual([new Uint8Array([1, 1]), new Uint8Array([2, 2]), new Uint8Array([3, 3])]);
    await store.notes.compact('s1', new Uint8Array([9]));
    expect(await store.notes.count('s1')).toBe(1);
    expect(await store.notes.load('s1')).toEqual([new Uint8Array([9])]);
  });

  it('answers history, summaries and deletion', async () => {
    const store = await make();
    await store.createSession(record());
    expect(await store.history.group('g-s1')).toMatchObject({ id: 'g-s1', name: 'G' });
    expect((await store.history.sessionsOf('g-s1')).map((s) => s.sessionId)).toEqual(['s1']);
    expect((await store.summaries.people('s1'))?.order).toEqual(['f']);
    expect((await store.summaries.summary('s1'))?.session).toBeDefined();
    await store.history.deleteSession('s1');
    await store.history.compact();
    expect(await store.findSession('s1')).toBeUndefined();
    expect(await store.summaries.summary('s1')).toBeUndefined();
  });

  it('serves the interaction map from the log and keeps its nameless shares after the detail is purged, until the group goes', async () => {
    const store = await make();
    await store.createSession(record());
    const joined = (id: string) => ({ type: 'participant:joined' as const, at: T, id, name: id, role: 'member' as const, admission: 'admitted' as const });
    const events = [
      joined('ann'),
      joined('bo'),
      { type: 'talk:tracked' as const, at: T + 1_000, speaker: 'ann' },
      { type: 'map:addressed' as const, at: T + 2_000, speaker: 'ann', since: T + 1_000, to: 'bo' },
      { type: 'talk:tracked' as const, at: T + 11_000, speaker: 'bo' },
      { type: 'map:addressed' as const, at: T + 12_000, speaker: 'bo', since: T + 11_000, to: 'f' },
      { type: 'talk:tracked' as const, at: T + 21_000, speaker: null },
    ];
    await store.commit({ sessionId: 's1', fromV: 2, events, sealed: [] });
    await store.commit({ sessionId: 's1', fromV: 2 + events.length, events: [{ type: 'session:ended', at: T + 30_000 }], sealed: [], endedAt: T + 30_000 });
    const map = (await store.summaries.summary('s1'))!.map!;
    expect(map.addressed.map((e) => [e.from, e.to, e.count, e.ms])).toEqual([
      ['ann', 'bo', 1, 10_000],
      ['bo', 'f', 1, 10_000],
    ]);
    const aggregate = (await store.summaries.aggregate('s1'))!;
    expect(aggregate.memberToMember).toEqual({ addressed: 0.5, after: 1 });
    await store.history.deleteSession('s1', { groupId: 'g-s1', aggregate });
    expect(await store.summaries.summary('s1')).toBeUndefined();
    expect((await store.history.aggregatesOf('g-s1')).map((a) => a.memberToMember)).toEqual([{ addressed: 0.5, after: 1 }]);
    await store.history.deleteGroup('g-s1');
    expect(await store.history.aggregatesOf('g-s1')).toEqual([]);
  });

  /** s1 with a co-facilitator, an admitted member, a removed one and one still waiting, ended; then the next session. */
  async function groupWithNextSession(store: Store) {
    await store.createSession(record());
    const joins = [
      { id: 'co', role: 'cofacilitator' as const, admission: 'admitted' as const },
      { id: 'ann', role: 'member' as const, admission: 'admitted' as const },
      { id: 'bo', role: 'member' as const, admission: 'admitted' as const },
      { id: 'cy', role: 'member' as const, admission: 'waiting' as const },
    ];
    for (const [i, j] of joins.entries()) {
      const joined = { type: 'participant:joined' as const, at: T, id: j.id, name: j.id, role: j.role, admission: j.admission };
      await store.commit({ sessionId: 's1', fromV: 2 + i, events: [joined], sealed: [], credential: { tokenHash: `hash-${j.id}`, participantId: j.id } });
    }
    await store.commit({ sessionId: 's1', fromV: 6, events: [{ type: 'participant:removed', at: T, id: 'bo' }], sealed: [] });
    await store.commit({ sessionId: 's1', fromV: 7, events: [{ type: 'session:ended', at: T + 1 }], sealed: [], endedAt: T + 1 });
    const group = (await store.history.group('g-s1'))!;
    const staff = { groupId: 'g-s1', participantId: 'f', name: 'Dana', role: 'facilitator' as const };
    return startNextSession({ store, clock: new FakeClock(T + 7 * 86_400_000) }, group, staff, false);
  }

  it("starts a group's next session with its staff under their ids: their tokens open it, a member's does not", async () => {
    const store = await make();
    const next = await groupWithNextSession(store);
    expect((await store.summaries.people(next.sessionId))?.participants.co).toMatchObject({ role: 'cofacilitator', admission: 'admitted' });
    expect(await groupStaffCredential('hash-co', next.sessionId, store)).toEqual({ sessionId: next.sessionId, participantId: 'co' });
    expect(await groupStaffCredential('hash-ann', next.sessionId, store)).toBeUndefined();
    expect(await groupStaffCredential('nope', next.sessionId, store)).toBeUndefined();
  });

  it("keeps a group's programme and members' preparation, places the next session in it, and deletes both with the group", async () => {
    const store = await make();
    await store.createSession(record());
    expect(await store.programmes.programme('g-s1')).toBeUndefined();
    await store.programmes.setProgramme('g-s1', programme({ sessions: 10, phases: [{ name: 'All', sessions: 10 }] }));
    await store.programmes.setProgramme('g-s1', programme());
    expect(await store.programmes.programme('g-s1')).toEqual(programme());
    await store.programmes.setPreparation('g-s1', 'ann', { met: true, goals: false, agreement: false });
    await store.programmes.setPreparation('g-s1', 'ann', { met: true, goals: true, agreement: false });
    expect(await store.programmes.preparation('g-s1')).toEqual({ ann: { met: true, goals: true, agreement: false } });
    await store.programmes.setPreparation('g-s1', 'bo', { met: true, goals: true, agreement: true });
    await store.programmes.keepPreparationOf('g-s1', ['ann', 'cy']);
    expect(Object.keys(await store.programmes.preparation('g-s1'))).toEqual(['ann']);
    const staff = { groupId: 'g-s1', participantId: 'f', name: 'Dana', role: 'facilitator' as const };
    const next = await startNextSession({ store, clock: new FakeClock(T + 1) }, (await store.history.group('g-s1'))!, staff, false);
    expect((await store.summaries.people(next.sessionId))?.programme).toEqual({ number: 2, total: 16, phase: 'Beginning', countdownFrom: 4 });
    await store.history.deleteGroup('g-s1');
    expect(await store.programmes.programme('g-s1')).toBeUndefined();
    expect(await store.programmes.preparation('g-s1')).toEqual({});
  });

  it("carries the admitted members in under their ids: each one's token opens the group's later sessions, staff keys stay apart", async () => {
    const store = await make();
    const next = await groupWithNextSession(store);
    const people = (await store.summaries.people(next.sessionId))!;
    expect(people.order).toEqual(['f', 'co', 'ann']);
    expect(people.participants.ann).toMatchObject({ role: 'member', admission: 'admitted', presence: 'left' });
    expect(await store.history.findMemberKey('hash-ann')).toEqual({ groupId: 'g-s1', participantId: 'ann' });
    expect(await groupMemberCredential('hash-ann', next.sessionId, store)).toEqual({ sessionId: next.sessionId, participantId: 'ann' });
    // Removed or waiting members are not carried and hold no key; a staff token is no member key.
    for (const hash of ['hash-bo', 'hash-cy', 'hash-co', 'hash-s1']) expect(await store.history.findMemberKey(hash)).toBeUndefined();
    // Another group's session: refused.
    await store.createSession(record('s2', 'BCDEFG'));
    expect(await groupMemberCredential('hash-ann', 's2', store)).toBeUndefined();
    // The key is the group's: it outlives the purged session it came from, and goes with the group.
    await store.history.deleteSession('s1');
    expect(await groupMemberCredential('hash-ann', next.sessionId, store)).toEqual({ sessionId: next.sessionId, participantId: 'ann' });
    await store.history.deleteGroup('g-s1');
    expect(await store.history.findMemberKey('hash-ann')).toBeUndefined();
  });

  it("keeps a group's measure settings (defaults until set) and deletes them with the group", async () => {
    const store = await make();
    await store.createSession(record());
    expect(await store.history.measureSettings('g-s1')).toEqual(DEFAULT_MEASURE_SETTINGS);
    const own = { ...DEFAULT_MEASURE_SETTINGS, sessionMode: 'named' as const, climateEvery: 4, wellbeingCutoff: 18, wording: { wellbeing: ['a', 'b', 'c', 'd'] } };
    await store.history.setMeasureSettings('g-s1', own);
    expect(await store.history.measureSettings('g-s1')).toEqual(own);
    await store.history.deleteGroup('g-s1');
    await store.history.compact();
    expect(await store.history.measureSettings('g-s1')).toEqual(DEFAULT_MEASURE_SETTINGS);
  });

  it('probes as healthy', async () => {
    const store = await make();
    await expect(store.probe()).resolves.toBeUndefined();
  });
});
