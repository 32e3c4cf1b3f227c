/** Talk-time events. */
export type TalkEvent =
  /** The tracker now shows `speaker` speaking (a participant id or CROSSTALK), or nobody (null). */
  | { type: 'talk:tracked'; at: number; speaker: string | null }
  | { type: 'talk:groupViewSet'; at: number; shared: boolean };

export const TALK_EVENT_TYPES: ReadonlySet<string> = new Set<TalkEvent['type']>(['talk:tracked', 'talk:groupViewSet']);
