import { own } from '../own.js';

/** The session feature's part of the room's state: who is here, the group's settings, the end (see domain/state.ts). */
export const ROLES = ['facilitator', 'cofacilitator', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** Where a person stands with the room. Only `admitted` people are in it. */
export type Admission = 'waiting' | 'admitted' | 'declined' | 'removed';

/** Connection, as others see it. `reconnecting` keeps a person's place during short drops. */
export type Presence = 'online' | 'reconnecting' | 'left';

export interface PresentPeriod {
  from: number;
  /** null while the period is open. */
  to: number | null;
}

export interface Participant {
  id: string;
  name: string;
  role: Role;
  admission: Admission;
  presence: Presence;
  joinedAt: number;
  /** Admitted time spans during which the person was in the room (online or reconnecting). */
  present: PresentPeriod[];
  /**
   * Carried in from the group's previous session under the same id (shared/summary/carried.ts).
   * Until they first arrive, their name does not hold off someone joining with it: a member
   * on a new device joins with the code as anyone does.
   */
  carried?: true;
}

/** What members read when the session ends (closing-info.ts). */
export interface ClosingInfo {
  nextSession: string;
  support: string;
}

export const NO_CLOSING_INFO: ClosingInfo = { nextSession: '', support: '' };

export interface SessionCore {
  /** Number of events applied; the version every view and patch is stamped with. */
  v: number;
  /**
   * Time of the latest event. Views have no clock of their own: figures that run
   * with time (the members' talk balance, a running session's summary) are computed
   * at this moment. Kept beside `v`, out of every feature's slice, so that a slice
   * changes only when its feature's data does (server/rooms/fanout.ts reuses the
   * view parts of unchanged slices).
   */
  lastEventAt: number;
  sessionId: string;
  groupId: string;
  groupName: string;
  /** The short code members type to join; see shared/ids.ts. */
  joinCode: string;
  agreement: string;
  /** The group's language (a catalog code, e.g. `es`), set by the facilitator: texts the server makes follow it. */
  language: string;
  waitingRoom: boolean;
  startedAt: number;
  endedAt: number | null;
  /** When the facilitator plans to end (planned-end.ts); null if not set. */
  plannedEndAt: number | null;
  /** What members read at the end (closing-info.ts). */
  closingInfo: ClosingInfo;
  participants: Record<string, Participant>;
  /** Participant ids in the order they first arrived; the roster's stable order. */
  order: string[];
}

export function isStaffRole(role: Role): boolean {
  return role === 'facilitator' || role === 'cofacilitator';
}

export function isPresent(p: Participant): boolean {
  return p.admission === 'admitted' && p.presence !== 'left';
}

/** Admitted members (not facilitators) who are in the room now, in roster order. */
export function presentMembers(state: SessionCore): Participant[] {
  return state.order
    .map((id) => own(state.participants, id)!)
    .filter((p) => p.role === 'member' && isPresent(p));
}
