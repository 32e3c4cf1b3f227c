import { eventTypeSet } from '../domain/feature.js';
export type SignalEvent =
  | { type: 'signal:sent'; at: number; memberId: string; text: string | null }
  | { type: 'signal:acknowledged'; at: number; memberId: string; by: string }
  | { type: 'signal:wordsAdded'; at: number; memberId: string; text: string | null };

declare module '../domain/events.js' {
  interface FeatureEvents {
    signal: SignalEvent;
  }
}

export const SIGNAL_EVENT_TYPES = eventTypeSet<SignalEvent>({
  'signal:sent': true,
  'signal:acknowledged': true,
  'signal:wordsAdded': true,
});
