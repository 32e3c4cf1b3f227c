import { eventTypeSet } from '../domain/feature.js';

/** Interaction-map events. */
export type MapEvent =
  /**
   * The tracker's stretch of `speaker` that began at `since` is addressed to `to`
   * (a participant id or MAP_GROUP), or no longer addressed to anyone (null).
   */
  { type: 'map:addressed'; at: number; speaker: string; since: number; to: string | null };

declare module '../domain/events.js' {
  interface FeatureEvents {
    map: MapEvent;
  }
}

export const MAP_EVENT_TYPES = eventTypeSet<MapEvent>({ 'map:addressed': true });
