import { eventTypeSet } from '../domain/feature.js';
import type { Admission, Presence, Role } from './state.js';

/** The session's events: its creation and end, who joins, is admitted or leaves, the waiting room. */
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
  | {
      type: 'participant:joined';
      at: number;
      id: string;
      name: string;
      role: Role;
      admission: Extract<Admission, 'waiting' | 'admitted'>;
      /** Carried in from the group's previous session (shared/summary/carried.ts); absent otherwise. */
      carried?: true;
    }
  | { type: 'participant:admitted'; at: number; id: string }
  | { type: 'participant:declined'; at: number; id: string }
  | { type: 'participant:removed'; at: number; id: string }
  | { type: 'presence:changed'; at: number; id: string; presence: Presence }
  | { type: 'waitingRoom:set'; at: number; enabled: boolean }
  | { type: 'session:ended'; at: number }
  /** The planned end (planned-end.ts); null clears it. */
  | { type: 'session:plannedEndSet'; at: number; endsAt: number | null }
  /** What members read at the end (closing-info.ts). */
  | { type: 'session:closingInfoSet'; at: number; nextSession: string; support: string };

declare module '../domain/events.js' {
  interface FeatureEvents {
    session: SessionEvent;
  }
}

export const SESSION_EVENT_TYPES = eventTypeSet<SessionEvent>({
  'session:created': true,
  'participant:joined': true,
  'participant:admitted': true,
  'participant:declined': true,
  'participant:removed': true,
  'presence:changed': true,
  'waitingRoom:set': true,
  'session:ended': true,
  'session:plannedEndSet': true,
  'session:closingInfoSet': true,
});
