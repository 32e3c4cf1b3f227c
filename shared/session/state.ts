import type { TurnsState } from '../turns/state.js';
import { own } from '../own.js';
import type { ClosingInfo } from './closing-info.js';
import type { CheckinsState } from '../checkins/state.js';
import type { SignalsState } from '../signals/signal-state.js';
import type { FeedbackState } from '../feedback/feedback-state.js';
import type { TalkState } from '../talktime/talk-state.js';

/**
 * The room's state: the single truth the server holds for a session.
 * Times are epoch milliseconds from the injected clock; nothing here runs a timer.
 */
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
}

export interface BreakState {
  startedAt: number;
  endsAt: number;
}

export interface SessionState {
  /** Number of events applied; the version every view and patch is stamped with. */
  v: number;
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
  break: BreakState | null;
  /** When the facilitator plans to end (shared/session/planned-end.ts); null if not set. */
  plannedEndAt: number | null;
  /** What members read at the end (shared/session/closing-info.ts). */
  closingInfo: ClosingInfo;
  participants: Record<string, Participant>;
  /** Participant ids in the order they first arrived; the roster's stable order. */
  order: string[];
  /** Turn-taking: raised hands, the floor, go-around rounds (shared/turns/). */
  turns: TurnsState;
  /** Anonymous check-ins; see shared/checkins/state.ts. */
  checkins: CheckinsState;
  /** Private "I need a moment" signals, by member id; see shared/signals/. */
  signals: SignalsState;
  feedback: FeedbackState;
  /** Talk-time tracking (shared/talktime). */
  talk: TalkState;
}

export function isStaffRole(role: Role): boolean {
  return role === 'facilitator' || role === 'cofacilitator';
}

export function isPresent(p: Participant): boolean {
  return p.admission === 'admitted' && p.presence !== 'left';
}

/** Admitted members (not facilitators) who are in the room now, in roster order. */
export function presentMembers(state: SessionState): Participant[] {
  return state.order
    .map((id) => own(state.participants, id)!)
    .filter((p) => p.role === 'member' && isPresent(p));
}

/** A break is over as soon as its time is up, even if nobody pressed "end break". */
export function activeBreak(state: SessionState, now: number): BreakState | null {
  return state.break && now < state.break.endsAt ? state.break : null;
}
