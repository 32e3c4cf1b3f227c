import type { SessionInfo } from '../session/views.js';

/**
 * The view's types, apart from the code that computes them (views.ts), so
 * features can declare their parts without importing it. Each feature adds
 * its parts to SharedView, StaffView and MeView by declaration merging.
 */
export type { SessionInfo };

/** Facilitator and co-facilitator only. */
export interface StaffView {}

/** What everyone admitted sees alike. Members get it without `staff`. */
export interface SharedView {
  staff?: StaffView;
}

/** The viewer's own part. */
export interface MeView {}

export interface ClientView {
  session: SessionInfo;
  /** null for people outside the room (waiting, declined, removed): they see nothing of it. */
  shared: SharedView | null;
  me: MeView;
}
