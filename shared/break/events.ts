import { eventTypeSet } from '../domain/feature.js';

export type BreakEvent = { type: 'break:started'; at: number; endsAt: number } | { type: 'break:ended'; at: number };

declare module '../domain/events.js' {
  interface FeatureEvents {
    break: BreakEvent;
  }
}

export const BREAK_EVENT_TYPES = eventTypeSet<BreakEvent>({
  'break:started': true,
  'break:ended': true,
});
