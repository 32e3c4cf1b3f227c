import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import { openSignalIds } from './state.js';

/** What staff see of one open signal. */
export interface StaffSignal {
  name: string;
  sentAt: number;
  text: string | null;
}

/** What a member sees of their own latest signal. */
export interface MySignal {
  status: 'sent' | 'seen';
  sentAt: number;
  text: string | null;
  seenAt: number | null;
  /** First name of the facilitator who acknowledged it. */
  seenByName: string | null;
}

/** Open signals only, keyed by member id; staff only. */
export function staffSignals(state: SessionState): Record<string, StaffSignal> {
  const out: Record<string, StaffSignal> = {};
  for (const id of openSignalIds(state.signals)) {
    const s = own(state.signals, id)!;
    out[id] = { name: own(state.participants, id)?.name ?? '', sentAt: s.sentAt, text: s.text };
  }
  return out;
}

export function mySignal(state: SessionState, participantId: string): MySignal | null {
  const s = own(state.signals, participantId);
  if (!s) return null;
  return {
    status: s.seenAt === null ? 'sent' : 'seen',
    sentAt: s.sentAt,
    text: s.text,
    seenAt: s.seenAt,
    seenByName: s.seenBy ? (own(state.participants, s.seenBy)?.name ?? null) : null,
  };
}

declare module '../domain/view-types.js' {
  interface StaffView {
    /** Open "I need a moment" signals by member id. */
    signals: Record<string, StaffSignal>;
  }
  interface MeView {
    /** A member's own latest signal (null if none); absent for staff. */
    signal?: MySignal | null;
  }
}
