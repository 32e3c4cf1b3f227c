export type SignalEvent =
  | { type: 'signal:sent'; at: number; memberId: string; text: string | null }
  | { type: 'signal:acknowledged'; at: number; memberId: string; by: string }
  | { type: 'signal:wordsAdded'; at: number; memberId: string; text: string | null };

export const SIGNAL_EVENT_TYPES: ReadonlySet<string> = new Set<SignalEvent['type']>([
  'signal:sent',
  'signal:acknowledged',
  'signal:wordsAdded',
]);
