import type { CheckinMeView, CheckinStaffView, CheckinView } from '../checkins/views.js';
import { own } from '../own.js';
import { checkinMeView, checkinStaffView, checkinView } from '../checkins/views.js';
import type { MySignal, StaffSignal } from '../signals/signal-views.js';
import { mySignal, staffSignals } from '../signals/signal-views.js';
import type { FeedbackMeView, FeedbackSharedView, FeedbackStaffView } from '../feedback/feedback-views.js';
import { feedbackMeView, feedbackSharedView, feedbackStaffView } from '../feedback/feedback-views.js';
import type { OwnerTagger } from './actor.js';
import type { Admission, BreakState, Presence, Role, SessionState } from './state.js';
import { isStaffRole } from './state.js';
import type { ClosingInfo } from './closing-info.js';
import { closingView } from './closing-info.js';
import type { TurnsView } from '../turns/views.js';
import { turnsView } from '../turns/views.js';
import type { TalkGroupView, TalkStaffView } from '../talktime/talk-views.js';
import { talkGroupView, talkStaffView } from '../talktime/talk-views.js';

/**
 * What each person's screen is built from. A view is computed from the state for
 * one viewer; private data (waiting list, join code, other members' private parts)
 * is simply absent from views that may not have it. Views hold timestamps, never
 * "seconds left", so they do not change as time passes.
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
}

export interface WaitingEntry {
  id: string;
  name: string;
  since: number;
}

/** Facilitator and co-facilitator only. */
export interface StaffView {
  joinCode: string;
  agreement: string;
  waitingRoom: boolean;
  waiting: WaitingEntry[];
  /** When the facilitator plans to end; absent when no end is planned. */
  plannedEndAt?: number;
  checkin?: CheckinStaffView;
  /** Open "I need a moment" signals by member id. */
  signals: Record<string, StaffSignal>;
  feedback: FeedbackStaffView;
  /** Talk-time intervals and presence, for the dashboard. */
  talk: TalkStaffView;
}

/** What everyone admitted sees alike. Members get it without `staff`. */
export interface SharedView {
  roster: Record<string, RosterEntry>;
  /** Roster ids in arrival order. */
  order: string[];
  turns: TurnsView;
  /** The check-in on screen: counts before reveal, the aggregate after. */
  checkin?: CheckinView;
  feedback: FeedbackSharedView;
  /** Only while the facilitators share the whole-group talk-time view. */
  talk?: TalkGroupView;
  staff?: StaffView;
}

/** The viewer's own part. */
export interface MeView {
  id: string;
  name: string;
  role: Role;
  admission: Admission;
  /** Members only: whether you answered the check-in on screen (never what). */
  checkin?: CheckinMeView;
  /** A member's own latest signal (null if none); absent for staff. */
  signal?: MySignal | null;
  /** Members only. */
  feedback?: FeedbackMeView;
}

export interface ClientView {
  session: SessionInfo;
  /** null for people outside the room (waiting, declined, removed): they see nothing of it. */
  shared: SharedView | null;
  me: MeView;
}

/** How a viewer's view is shared: one computation serves a whole channel. */
export type Channel = 'staff' | 'members' | 'outside';

export function channelOf(state: SessionState, participantId: string): Channel {
  const p = own(state.participants, participantId);
  if (!p || p.admission !== 'admitted') return 'outside';
  return isStaffRole(p.role) ? 'staff' : 'members';
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

export function sharedView(state: SessionState, channel: Exclude<Channel, 'outside'>): SharedView {
  const roster: Record<string, RosterEntry> = {};
  const order: string[] = [];
  const waiting: WaitingEntry[] = [];
  for (const id of state.order) {
    const p = own(state.participants, id)!;
    if (p.admission === 'admitted') {
      roster[id] = { name: p.name, role: p.role, presence: p.presence };
      order.push(id);
    } else if (p.admission === 'waiting' && p.presence !== 'left') {
      waiting.push({ id, name: p.name, since: p.joinedAt });
    }
  }
  const view: SharedView = { roster, order, turns: turnsView(state), feedback: feedbackSharedView(state) };
  const checkin = checkinView(state);
  if (checkin) view.checkin = checkin;
  const talk = talkGroupView(state);
  if (talk) view.talk = talk;
  if (channel === 'staff') {
    view.staff = {
      joinCode: state.joinCode,
      agreement: state.agreement,
      waitingRoom: state.waitingRoom,
      waiting,
      signals: staffSignals(state),
      feedback: feedbackStaffView(state),
      talk: talkStaffView(state),
    };
    if (state.plannedEndAt !== null) view.staff.plannedEndAt = state.plannedEndAt;
    const staffCheckin = checkinStaffView(state);
    if (staffCheckin) view.staff.checkin = staffCheckin;
  }
  return view;
}

/** `owner` (from the viewer's connection) lets them recognise their own anonymous contributions. */
export function meView(state: SessionState, participantId: string, owner?: OwnerTagger): MeView {
  const p = own(state.participants, participantId)!;
  const me: MeView = { id: p.id, name: p.name, role: p.role, admission: p.admission };
  const checkin = checkinMeView(state, participantId);
  if (checkin) me.checkin = checkin;
  if (p.role === 'member') me.signal = mySignal(state, participantId);
  if (p.role === 'member' && p.admission === 'admitted') me.feedback = feedbackMeView(state, participantId, owner);
  return me;
}

export function viewFor(state: SessionState, participantId: string, owner?: OwnerTagger): ClientView {
  const channel = channelOf(state, participantId);
  return {
    session: sessionInfo(state),
    shared: channel === 'outside' ? null : sharedView(state, channel),
    me: meView(state, participantId, owner),
  };
}
