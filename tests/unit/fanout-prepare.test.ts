import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/reducer.js';
import type { SessionState } from '../../shared/domain/state.js';
import { ViewFanout } from '../../server/rooms/fanout.js';
import type { AttuneServer, AttuneSocket } from '../../server/socket/types.js';
import { recordedSession } from '../support/summary-fixture.js';

// The fan-out works out a change while its commit is written (prepare) and only
// sends once it is durable (publish). Whatever happened in between, what it sends
// must be exactly what it would have sent had it worked everything out at publish.

type Sent = { to: string; event: string; msg: unknown };

/** Just enough of Socket.IO for the fan-out: sockets in rooms, and what reaches each. */
function fakeServer() {
  const sent: Sent[] = [];
  const rooms = new Map<string, Set<string>>();
  const socket = (id: string, ownerKey: string) =>
    ({
      id,
      data: { ownerKey },
      join: (room: string) => void (rooms.get(room) ?? rooms.set(room, new Set()).get(room)!).add(id),
      leave: (room: string) => void rooms.get(room)?.delete(id),
      emit: (event: string, msg: unknown) => void sent.push({ to: id, event, msg: strip(msg) }),
      disconnect: () => undefined,
    }) as unknown as AttuneSocket;
  const broadcast = (room: string, ids: string[]) => ({
    emit: (event: string, msg: unknown) => {
      for (const id of [...(rooms.get(room) ?? [])].sort()) if (!ids.includes(id)) sent.push({ to: id, event, msg: strip(msg) });
    },
  });
  const io = {
    to: (room: string) => ({ ...broadcast(room, []), except: (ids: string[]) => broadcast(room, ids) }),
  } as unknown as AttuneServer;
  return { io, socket, sent };
}

/** serverNow is the clock's, not the change's. */
function strip(msg: unknown): unknown {
  const { serverNow: _ignored, ...rest } = msg as { serverNow: number };
  return rest;
}

function connectEveryone(fanout: ViewFanout, make: (id: string, key: string) => AttuneSocket, state: SessionState, connected: Set<string>): void {
  for (const id of Object.keys(state.participants).sort()) {
    if (connected.has(id)) continue;
    connected.add(id);
    fanout.add(make(`${id}-socket`, `key-${id}`), state, id, 0);
  }
}

describe('ViewFanout.prepare', () => {
  const { log } = recordedSession();

  /** Walks the session through two fan-outs, one published cold and one prepared by `step`; returns what each sent. */
  function walk(step: (fanout: ViewFanout, before: SessionState, next: SessionState, i: number) => SessionState) {
    const cold = fakeServer();
    const warm = fakeServer();
    let state = replay(log.slice(0, 2));
    const coldFanout = new ViewFanout(cold.io, state.sessionId, state);
    const warmFanout = new ViewFanout(warm.io, state.sessionId, state);
    const coldConnected = new Set<string>();
    const warmConnected = new Set<string>();
    log.slice(2).forEach((event, i) => {
      const next = replay([event], state);
      const published = step(warmFanout, state, next, i);
      warmFanout.publish(published, 0);
      coldFanout.publish(published, 0);
      // People join as the session goes: each connects once they are in it.
      connectEveryone(coldFanout, cold.socket, published, coldConnected);
      connectEveryone(warmFanout, warm.socket, published, warmConnected);
      state = published;
    });
    return { cold: cold.sent, warm: warm.sent };
  }

  it('sends exactly what an unprepared publish sends, event by event through a whole session', () => {
    const { cold, warm } = walk((fanout, before, next) => {
      fanout.prepare(before, next);
      return next;
    });
    expect(cold.length).toBeGreaterThan(log.length);
    expect(warm).toEqual(cold);
  });

  it('works the change out again when what it was prepared from or for is not what gets published', () => {
    const { cold, warm } = walk((fanout, before, next, i) => {
      // Every other step: prepared from a state that was never published, or for another one (a reload).
      if (i % 3 === 0) fanout.prepare(next, next);
      else if (i % 3 === 1) fanout.prepare(before, before);
      else fanout.prepare(before, next);
      return next;
    });
    expect(warm).toEqual(cold);
  });

  it('rebuilds the own view of a person who connected between prepare and publish', () => {
    const first = fakeServer();
    let state = replay(log.slice(0, 2));
    const fanout = new ViewFanout(first.io, state.sessionId, state);
    const reference = fakeServer();
    const referenceFanout = new ViewFanout(reference.io, state.sessionId, state);
    const connected = new Set<string>();
    const referenceConnected = new Set<string>();
    for (const event of log.slice(2)) {
      const next = replay([event], state);
      fanout.prepare(state, next);
      // They connect while the commit is written: their own view is the published one, not what prepare diffed against.
      connectEveryone(fanout, first.socket, state, connected);
      connectEveryone(referenceFanout, reference.socket, state, referenceConnected);
      fanout.publish(next, 0);
      referenceFanout.publish(next, 0);
      state = next;
    }
    expect(first.sent).toEqual(reference.sent);
  });
});
