import { FEATURES } from './features.js';

/**
 * Every domain event type, as values, so stored events can be checked at run time
 * (server/store/codec.ts): each feature's `eventTypes`, which the compiler keeps
 * equal to its event union (feature.ts, `eventTypeSet`).
 */
export const EVENT_TYPES = FEATURES.flatMap((f) => [...f.eventTypes]) as [string, ...string[]];
