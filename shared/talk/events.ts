import { eventTypeSet } from '../domain/feature.js';
/** Talk-time events. */
export type TalkEvent =
  /** The tracker now shows `speaker` speaking (a participant id or CROSSTALK), or nobody (null). */
  | { type: 'talk:tracked'; at: number; speaker: string | null }
  | { type: 'talk:groupViewSet'; at: number; shared: boolean };

declare module '../domain/events.js' {
  interface FeatureEvents {
    talk: TalkEvent;
  }
}

export const TALK_EVENT_TYPES = eventTypeSet<TalkEvent>({
  'talk:tracked': true,
  'talk:groupViewSet': true,
});
