import type { SessionCore } from '../session/state.js';

/**
 * The room's state: the single truth the server holds for a session — the
 * session feature's core (who is here, the break, the end) and one slice per
 * feature. Each feature adds its slice in its own state.ts:
 *
 *   declare module '../domain/state.js' { interface FeatureSlices { signals: SignalsState } }
 *
 * Times are epoch milliseconds from the injected clock; nothing here runs a timer.
 */
export interface FeatureSlices {}

export type SessionState = SessionCore & FeatureSlices;
