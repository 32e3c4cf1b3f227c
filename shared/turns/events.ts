import { eventTypeSet } from '../domain/feature.js';
import type { FloorSource } from './state.js';

/**
 * Turn-taking events. Anything decided by chance or by a rule that may change
 * later (a shuffle, a balanced-queue position) is carried in the event, so
 * replaying the log always rebuilds the same state.
 */
export type TurnsEvent =
  /** `position`: where the hand goes in the queue (end, or earlier in a balanced queue). */
  | { type: 'turns:handRaised'; at: number; id: string; position: number }
  | { type: 'turns:handLowered'; at: number; id: string }
  | { type: 'turns:handsCleared'; at: number }
  /** The whole queue's new order (ids of exactly the hands raised). */
  | { type: 'turns:queueReordered'; at: number; order: string[] }
  | { type: 'turns:floorGiven'; at: number; holderId: string; source: Exclude<FloorSource, 'goaround'> }
  /** The holder finished, or the facilitator took the floor back. */
  | { type: 'turns:floorEnded'; at: number; reason: 'done' | 'taken' }
  | { type: 'turns:turnLengthSet'; at: number; turnLength: number | null }
  | { type: 'turns:balancedSet'; at: number; enabled: boolean }
  | {
      type: 'turns:goAroundStarted';
      at: number;
      order: string[];
      shuffled: boolean;
      turnLength: number | null;
      includeLateJoiners: boolean;
    }
  /** The person up finished (`spoke`) or passed; the floor moves to the next person in the room, or the round ends. */
  | { type: 'turns:goAroundAdvanced'; at: number; outcome: 'spoke' | 'passed' }
  | { type: 'turns:goAroundResumed'; at: number }
  | { type: 'turns:goAroundEnded'; at: number };

declare module '../domain/events.js' {
  interface FeatureEvents {
    turns: TurnsEvent;
  }
}

export const TURNS_EVENT_TYPES = eventTypeSet<TurnsEvent>({
  'turns:handRaised': true,
  'turns:handLowered': true,
  'turns:handsCleared': true,
  'turns:queueReordered': true,
  'turns:floorGiven': true,
  'turns:floorEnded': true,
  'turns:turnLengthSet': true,
  'turns:balancedSet': true,
  'turns:goAroundStarted': true,
  'turns:goAroundAdvanced': true,
  'turns:goAroundResumed': true,
  'turns:goAroundEnded': true,
});
