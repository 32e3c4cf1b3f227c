import type { DomainEvent } from '../../shared/domain/events.js';
import { creationEvents, replay } from '../../shared/domain/reducer.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import type { SessionState } from '../../shared/domain/state.js';
import { T0 } from './domain.js';

/**
 * Pure-domain rooms for unit tests: one way to build a session and bring people
 * in, so every feature's fixtures start from the same, real event sequence.
 */
export { T0 };

export type Person = { id: string; name: string; role: 'member' | 'cofacilitator' };

export function sessionCreation(now = T0, opts: { waitingRoom?: boolean; groupName?: string } = {}): DomainEvent[] {
  return creationEvents({
    sessionId: 's1',
    groupId: 'g1',
    groupName: opts.groupName ?? 'Tuesday group',
    joinCode: 'ABCDEF',
    agreement: 'Be kind.',
    waitingRoom: opts.waitingRoom ?? false,
    facilitatorId: 'fac',
    facilitatorName: 'Dana',
    now,
  });
}

export function newSession(now = T0, opts: { waitingRoom?: boolean; groupName?: string } = {}): SessionState {
  return replay(sessionCreation(now, opts));
}

function must(d: ReturnType<typeof decideJoin>): DomainEvent[] {
  if (!d.ok) throw new Error(`${d.error.code}: ${d.error.message}`);
  return d.events;
}

/** Joins each person (and, by default, brings them online), as the server would. */
export function withPeople(state: SessionState, people: Person[], now = T0, online = true): SessionState {
  let s = state;
  for (const p of people) {
    s = replay(must(decideJoin(s, p, now)), s);
    if (online) s = replay(must(decidePresence(s, p.id, 'online', now)), s);
  }
  return s;
}

export function setPresence(state: SessionState, id: string, to: 'online' | 'reconnecting' | 'left', now = T0): SessionState {
  return replay(must(decidePresence(state, id, to, now)), state);
}
