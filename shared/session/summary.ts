import type { Role } from './state.js';
import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';

/** One person's time in the room, for the summary and its CSV. */
export interface AttendanceRow {
  id: string;
  name: string;
  role: Role;
  /** Admitted spans in the room; an open span is closed at the session's end. */
  periods: Array<{ from: number; to: number }>;
  presentMs: number;
  /** True if the facilitator removed them. */
  removed: boolean;
}

export interface AttendanceSection {
  rows: AttendanceRow[];
  /** Members (not staff) who were admitted at some point. */
  membersAttended: number;
}

/** Everyone who was ever admitted, in roster order; people turned away at the door are not listed. */
export function attendanceSection(state: SessionState): AttendanceSection {
  const end = state.endedAt ?? lastMoment(state);
  const rows: AttendanceRow[] = [];
  for (const id of state.order) {
    const p = own(state.participants, id);
    if (!p || p.present.length === 0) continue;
    const periods = p.present.map((s) => ({ from: s.from, to: s.to ?? Math.max(s.from, end) }));
    rows.push({
      id,
      name: p.name,
      role: p.role,
      periods,
      presentMs: periods.reduce((sum, s) => sum + (s.to - s.from), 0),
      removed: p.admission === 'removed',
    });
  }
  return { rows, membersAttended: rows.filter((r) => r.role === 'member').length };
}

/** A running session's "now" for the summary: its latest recorded moment. */
export function lastMoment(state: SessionState): number {
  let last = state.startedAt;
  for (const p of Object.values(state.participants)) {
    for (const s of p.present) last = Math.max(last, s.from, s.to ?? 0);
  }
  return last;
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Who was there, and for how long. */
    attendance: AttendanceSection;
  }
}
