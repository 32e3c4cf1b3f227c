/**
 * Domain events: what happened, as the log records it. Every event carries the
 * server time it happened at; replaying the log through `evolve` rebuilds the
 * state. Each feature adds its event union in its own events.ts:
 *
 *   declare module '../domain/events.js' { interface FeatureEvents { signal: SignalEvent } }
 */
export interface FeatureEvents {}

export type DomainEvent = FeatureEvents[keyof FeatureEvents];

export type DomainEventType = DomainEvent['type'];
