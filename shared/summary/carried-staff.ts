import type { DomainEvent } from '../domain/events.js';
import type { Participant } from '../session/state.js';
import { isStaffRole } from '../session/state.js';

/**
 * Who of the previous session's staff the group's next session starts with, besides
 * the person who starts it: every admitted facilitator and co-facilitator, as
 * co-facilitators (a session has one facilitator: the one who starts it). They keep
 * their id, so the links they already hold open the next session (docs/protocol.md).
 */
export function carriedStaff(previous: { order: string[]; participants: Record<string, Participant> }, starterId: string): Participant[] {
  return previous.order
    .map((id) => previous.participants[id]!)
    .filter((p) => p.id !== starterId && p.admission === 'admitted' && isStaffRole(p.role));
}

/** Their joins, admitted and offline, as the next session's opening events. */
export function carriedStaffEvents(staff: Participant[], now: number): DomainEvent[] {
  return staff.map((p) => ({ type: 'participant:joined', at: now, id: p.id, name: p.name, role: 'cofacilitator', admission: 'admitted' }));
}
