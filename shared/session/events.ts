import type { TurnsEvent } from '../turns/events.js';
import type { CheckinEvent } from '../checkins/events.js';
import type { SignalEvent } from '../signals/signal-events.js';
import type { FeedbackEvent } from '../feedback/feedback-events.js';
import type { TalkEvent } from '../talktime/talk-events.js';
import type { Admission, Presence, Role } from './state.js';
import type { PlannedEndEvent } from './planned-end.js';
import type { ClosingEvent } from './closing-info.js';
import type { SharedMarksEvent } from '../feedback/shared-marks.js';

/**
 * Domain events: what happened, as the log records it. Every event carries the
 * server time it happened at; replaying the log through `evolve` rebuilds the state.
 * Features add their own event unions to `DomainEvent`.
 */
export type SessionEvent =
  | {
      type: 'session:created';
      at: number;
      sessionId: string;
      groupId: string;
      groupName: string;
      joinCode: string;
      agreement: string;
      /** The group's language; absent in sessions created before it existed, which are English. */
      language?: string;
      waitingRoom: boolean;
    }
  | { type: 'participant:joined'; at: number; id: string; name: string; role: Role; admission: Extract<Admission, 'waiting' | 'admitted'> }
  | { type: 'participant:admitted'; at: number; id: string }
  | { type: 'participant:declined'; at: number; id: string }
  | { type: 'participant:removed'; at: number; id: string }
  | { type: 'presence:changed'; at: number; id: string; presence: Presence }
  | { type: 'waitingRoom:set'; at: number; enabled: boolean }
  | { type: 'break:started'; at: number; endsAt: number }
  | { type: 'break:ended'; at: number }
  | { type: 'session:ended'; at: number };

export type DomainEvent = SessionEvent | PlannedEndEvent | ClosingEvent | SharedMarksEvent | TurnsEvent | CheckinEvent | SignalEvent | FeedbackEvent | TalkEvent;

export type DomainEventType = DomainEvent['type'];
