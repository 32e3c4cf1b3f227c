import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { creationEvents, replay } from '../../shared/session/reducer.js';
import { SqliteStore, openDatabase } from '../../server/store/sqlite-store.js';
import type { Store } from '../../server/store/store.js';
import { tempDir } from '../support/harness.js';

/**
 * The storage contract every Store implementation must keep. Runs against
 * SQLite in a file and in memory; a PostgreSQL store would be added to `stores`.
 */
const stores: Array<[string, () => Store]> = [
  ['sqlite file', () => new SqliteStore(openDatabase({ file: path.join(tempDir(), 'a.sqlite') }))],
  ['sqlite memory', () => new SqliteStore(openDatabase({ file: ':memory:' }))],
];

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

describe.each(stores)('Store contract: %s', (_name, make) => {
  it('creates a session and finds it by id, code and credential', () => {
    const store = make();
    store.createSession(record());
    expect(store.findSession('s1')).toMatchObject({ sessionId: 's1', joinCode: 'ABCDEF', endedAt: null });
    expect(store.findSessionByJoinCode('ABCDEF')?.sessionId).toBe('s1');
    expect(store.findCredential('hash-s1')).toEqual({ sessionId: 's1', participantId: 'f' });
    expect(store.findCredential('nope')).toBeUndefined();
    store.close();
  });

  it('appends events in order and loads them back with snapshot and sealed records', () => {
    const store = make();
    const r = record();
    store.createSession(r);
    const state = replay(r.events);
    store.commit({
      sessionId: 's1',
      fromV: 2,
      events: [{ type: 'break:started', at: T + 1, endsAt: T + 60_000 }],
      sealed: [{ key: 'k', value: { counts: [1, 2] } }],
      snapshot: { ...state, v: 3 },
    });
    store.commit({ sessionId: 's1', fromV: 3, events: [{ type: 'session:ended', at: T + 2 }], sealed: [], endedAt: T + 2 });
    const loaded = store.load('s1')!;
    expect(loaded.snapshot?.v).toBe(3);
    expect(loaded.events.map((e) => e.type)).toEqual(['session:ended']);
    expect(loaded.sealed).toEqual([{ key: 'k', value: { counts: [1, 2] } }]);
    expect(store.countEvents('s1')).toBe(4);
    expect(store.findSession('s1')?.endedAt).toBe(T + 2);
    expect(store.findSessionByJoinCode('ABCDEF')).toBeUndefined();
    store.close();
  });

  it('refuses a commit from a stale version and keeps nothing of it', () => {
    const store = make();
    store.createSession(record());
    expect(() =>
      store.commit({ sessionId: 's1', fromV: 1, events: [{ type: 'break:ended', at: T }], sealed: [{ key: 'x', value: 1 }] }),
    ).toThrow(/version clash/);
    expect(store.countEvents('s1')).toBe(2);
    expect(store.load('s1')!.sealed).toEqual([]);
    store.close();
  });

  it('keeps join codes unique among sessions', () => {
    const store = make();
    store.createSession(record('s1', 'ABCDEF'));
    expect(() => store.createSession(record('s2', 'ABCDEF'))).toThrow();
    expect(store.findSession('s2')).toBeUndefined();
    store.close();
  });

  it('replaces the co-facilitator invite', () => {
    const store = make();
    store.createSession(record());
    store.setCoFacilitatorInvite('s1', 'cd'.repeat(32));
    expect(store.findSession('s1')?.coFacilitatorInviteHash).toBe('cd'.repeat(32));
    store.close();
  });

  it('loads nothing for an unknown session', () => {
    const store = make();
    expect(store.load('nope')).toBeUndefined();
    store.close();
  });
});
