import type { DomainEvent } from '../domain/events.js';
import type { Participant } from '../session/state.js';
import { isStaffRole } from '../session/state.js';

type People = { order: string[]; participants: Record<string, Participant> };

/**
 * Who of the previous session's staff the group's next session starts with, besides
 * the person who starts it: every admitted facilitator and co-facilitator, as
 * co-facilitators (a session has one facilitator: the one who starts it). They keep
 * their id, so the links they already hold open the next session (docs/protocol.md).
 */
export function carriedStaff(previous: People, starterId: string): Participant[] {
  return previous.order
    .map((id) => previous.participants[id]!)
    .filter((p) => p.id !== starterId && p.admission === 'admitted' && isStaffRole(p.role));
}

/**
 * The previous session's admitted members: the next session starts with them under
 * their ids, so a member's token opens it as themselves and every per-member record
 * (measures, goals) follows one id across the group's sessions. Someone removed,
 * turned away or still waiting was never admitted to stay, and is left out.
 */
export function carriedMembers(previous: People): Participant[] {
  return previous.order.map((id) => previous.participants[id]!).filter((p) => p.admission === 'admitted' && p.role === 'member');
}

/** Their joins, admitted and offline, as the next session's opening events: staff as co-facilitators, members as members. */
export function carriedEvents(people: Participant[], now: number): DomainEvent[] {
  return people.map((p) => ({
    type: 'participant:joined',
    at: now,
    id: p.id,
    name: p.name,
    role: isStaffRole(p.role) ? 'cofacilitator' : 'member',
    admission: 'admitted',
    carried: true,
  }));
}
