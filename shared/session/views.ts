import { own } from '../own.js';
import type { BreakState } from '../break/state.js';
import type { SessionState } from '../domain/state.js';
import type { Admission, ClosingInfo, Participant, Presence, Role } from './state.js';
import { closingView } from './closing-info.js';

/**
 * The session feature's parts of each person's view: the session's heading
 * (everyone, people waiting included), the roster (everyone admitted), the
 * join code and the waiting list (staff), and who the viewer is (`me`).
 */
export interface SessionInfo {
  id: string;
  groupName: string;
  /** The group's language (catalog code); each person's own screen may use another. */
  language: string;
  startedAt: number;
  endedAt: number | null;
  break: BreakState | null;
  /** What members read at the end, when the facilitators wrote it; absent otherwise. */
  closing?: Partial<ClosingInfo>;
}

export interface RosterEntry {
  name: string;
  role: Role;
  presence: Presence;
  /** Carried in from the group's last session and not arrived yet (shown as "not here yet", not "left"). */
  notYet?: true;
}

export interface WaitingEntry {
  id: string;
  name: string;
  since: number;
}

declare module '../domain/view-types.js' {
  interface SharedView {
    roster: Record<string, RosterEntry>;
    /** Roster ids in arrival order. */
    order: string[];
  }
  interface StaffView {
    joinCode: string;
    agreement: string;
    waitingRoom: boolean;
    waiting: WaitingEntry[];
    /** When the facilitator plans to end; absent when no end is planned. */
    plannedEndAt?: number;
  }
  interface MeView {
    id: string;
    name: string;
    role: Role;
    admission: Admission;
  }
}

export function sessionInfo(state: SessionState): SessionInfo {
  const info: SessionInfo = {
    id: state.sessionId,
    groupName: state.groupName,
    language: state.language,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    break: state.break,
  };
  const closing = closingView(state.closingInfo);
  if (closing) info.closing = closing;
  return info;
}

export function rosterView(state: SessionState): { roster: Record<string, RosterEntry>; order: string[] } {
  const roster: Record<string, RosterEntry> = {};
  const order: string[] = [];
  for (const id of state.order) {
    const p = own(state.participants, id)!;
    if (p.admission !== 'admitted') continue;
    roster[id] = { name: p.name, role: p.role, presence: p.presence, ...(p.carried && p.present.length === 0 ? { notYet: true as const } : {}) };
    order.push(id);
  }
  return { roster, order };
}

type SessionStaffView = { joinCode: string; agreement: string; waitingRoom: boolean; waiting: WaitingEntry[]; plannedEndAt?: number };

export function sessionStaffView(state: SessionState): SessionStaffView {
  const waiting: WaitingEntry[] = [];
  for (const id of state.order) {
    const p = own(state.participants, id)!;
    if (p.admission === 'waiting' && p.presence !== 'left') waiting.push({ id, name: p.name, since: p.joinedAt });
  }
  const view: SessionStaffView = { joinCode: state.joinCode, agreement: state.agreement, waitingRoom: state.waitingRoom, waiting };
  if (state.plannedEndAt !== null) view.plannedEndAt = state.plannedEndAt;
  return view;
}

export function whoAmI(p: Participant): { id: string; name: string; role: Role; admission: Admission } {
  return { id: p.id, name: p.name, role: p.role, admission: p.admission };
}
