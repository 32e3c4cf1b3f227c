import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, StoredDataError, decodeEvent, decodeSnapshot, encodeEvent, encodeSnapshot } from '../../server/store/codec.js';
import { EVENT_TYPES } from '../../shared/domain/event-types.js';
import { creationEvents, replay } from '../../shared/domain/reducer.js';

// The store's codec: rows are parsed, never cast; old events are upcast, old
// snapshots dropped, and a row that cannot be read names its session, seq and format.

const T = 1_800_000_000_000;
const events = creationEvents({
  sessionId: 's1', groupId: 'g1', groupName: 'G', joinCode: 'ABCDEF', agreement: 'A', waitingRoom: false,
  facilitatorId: 'f', facilitatorName: 'Dana', now: T,
});
const row = (seq: number, version: number, body: unknown) => ({ seq, version, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('events', () => {
  it('round-trips an event at the current format', () => {
    const { version, body } = encodeEvent(events[0]!);
    expect(decodeEvent('s1', { seq: 1, version, body })).toEqual(events[0]);
  });

  it('upcasts an older format one step per format, only for the event types that changed', () => {
    const upcasters = {
      1: { 'break:started': (e: Record<string, unknown>) => ({ ...e, minutes: 10 }) },
      2: { 'break:started': (e: Record<string, unknown>) => ({ ...e, minutes: (e.minutes as number) * 60, unit: 's' }) },
    };
    const old = { type: 'break:started', at: T, endsAt: T + 600_000 };
    expect(decodeEvent('s1', row(5, 1, old), { current: 3, upcasters })).toEqual({ ...old, minutes: 600, unit: 's' });
    expect(decodeEvent('s1', row(5, 2, { ...old, minutes: 10 }), { current: 3, upcasters })).toEqual({ ...old, minutes: 600, unit: 's' });
    expect(decodeEvent('s1', row(6, 1, { type: 'break:ended', at: T }), { current: 3, upcasters })).toEqual({ type: 'break:ended', at: T });
  });

  it('reports unreadable rows with session, seq and format', () => {
    const bad = (r: unknown) => {
      try {
        decodeEvent('s9', r);
      } catch (err) {
        expect(err).toBeInstanceOf(StoredDataError);
        return err as StoredDataError;
      }
      throw new Error('expected StoredDataError');
    };
    expect(bad(row(3, 2, events[0]))).toMatchObject({ sessionId: 's9', seq: 3, format: 2 });
    expect(bad(row(4, 1, '{not json'))).toMatchObject({ seq: 4, format: 1 });
    expect(bad(row(5, 1, { type: 'no:such', at: T })).message).toContain('type');
    expect(bad(row(6, 1, { type: 'break:ended' })).message).toContain('at');
    expect(bad({ seq: 'x', version: 1, body: '{}' })).toMatchObject({ sessionId: 's9', seq: null });
  });
});

describe('snapshots', () => {
  const state = replay(events);

  it('round-trips a snapshot at the current format', () => {
    const { version, state: text } = encodeSnapshot(state);
    expect(decodeSnapshot({ seq: state.v, version, state: text })).toEqual({ ok: true, seq: state.v, state });
  });

  it('drops a snapshot of another format, one missing a slice, or one at the wrong seq', () => {
    const text = JSON.stringify(state);
    expect(decodeSnapshot({ seq: state.v, version: 2, state: text }, 1).ok).toBe(false);
    expect(decodeSnapshot({ seq: state.v, version: 1, state: text }, 2).ok).toBe(false);
    const { talk: _talk, ...older } = state;
    expect(decodeSnapshot({ seq: state.v, version: SNAPSHOT_FORMAT, state: JSON.stringify(older) })).toMatchObject({ ok: false, reason: expect.stringContaining('talk') });
    const { moment: _moment, ...beforeMoments } = state;
    expect(decodeSnapshot({ seq: state.v, version: SNAPSHOT_FORMAT, state: JSON.stringify(beforeMoments) })).toMatchObject({ ok: false, reason: expect.stringContaining('moment') });
    const { map: _map, ...beforeMap } = state;
    expect(decodeSnapshot({ seq: state.v, version: SNAPSHOT_FORMAT, state: JSON.stringify(beforeMap) })).toMatchObject({ ok: false, reason: expect.stringContaining('map') });
    expect(decodeSnapshot({ seq: state.v + 1, version: SNAPSHOT_FORMAT, state: text }).ok).toBe(false);
    expect(decodeSnapshot({ seq: state.v, version: SNAPSHOT_FORMAT, state: '{' }).ok).toBe(false);
  });
});

describe('event types', () => {
  it('lists every event type the domain produces (the codec refuses any other)', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect(EVENT_TYPES).toEqual(expect.arrayContaining(['session:created', 'turns:floorGiven', 'checkin:answered', 'signal:sent', 'feedback:submitted', 'talk:tracked']));
    expect(EVENT_TYPES.length).toBeGreaterThanOrEqual(40);
  });
});
