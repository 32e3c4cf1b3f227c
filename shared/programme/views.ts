import type { SessionState } from '../domain/state.js';
import { countdownShown, sessionsLeft } from './schedule.js';

/** What everyone in the room sees: "Session 7 of 16", the phase, and the countdown once staff let members see it. */
export interface ProgrammeView {
  number: number;
  total: number;
  phase: string;
  /** Sessions after this one; null while members are not shown the countdown. */
  left: number | null;
}

/** Staff always see how many are left, and from when members will. */
export interface ProgrammeStaffView {
  left: number;
  countdownFrom: number | null;
}

export function programmeView(state: SessionState): ProgrammeView | null {
  const p = state.programme;
  if (!p) return null;
  const left = sessionsLeft(p.total, p.number);
  return { number: p.number, total: p.total, phase: p.phase, left: countdownShown(left, p.countdownFrom) ? left : null };
}

export function programmeStaffView(state: SessionState): ProgrammeStaffView | null {
  const p = state.programme;
  return p && { left: sessionsLeft(p.total, p.number), countdownFrom: p.countdownFrom };
}

declare module '../domain/view-types.js' {
  interface SharedView {
    /** The session's place in the group's programme; absent when it has none. */
    programme?: ProgrammeView;
  }
  interface StaffView {
    programme?: ProgrammeStaffView;
  }
}
