import type { SessionState } from '../domain/state.js';
import type { TalkMetrics } from './metrics.js';
import { talkMetrics } from './metrics.js';
import { talkInputFromState } from './state.js';

/**
 * The dashboard's figures, kept with the session: the summary calls this on the
 * final state (or any state) and gets exactly what the facilitators saw, at the
 * session's end (or at its latest event while it still runs).
 */
export function talkSummary(state: SessionState): TalkMetrics {
  return talkMetrics(talkInputFromState(state), state.endedAt ?? state.lastEventAt);
}

/** Talk time at the session's end: the dashboard's figures, kept as chart data. Members only in `members`. */
export interface TalkSection {
  members: Array<{ id: string; name: string; talkMs: number; share: number; fairShare: number; presentMs: number; turns: number }>;
  memberTotalMs: number;
  totalMs: number;
  facilitatorMs: number;
  cofacilitatorMs: number;
  crosstalkMs: number;
  /** 1 − Gini over members' talk time; null when fewer than two members or nobody spoke. */
  balanceIndex: number | null;
}

export function talkSection(state: SessionState): TalkSection {
  const m = talkSummary(state);
  return {
    members: m.members.map((x) => ({ id: x.id, name: x.name, talkMs: x.talkMs, share: x.share, fairShare: x.fairShare, presentMs: x.presentMs, turns: x.turns })),
    memberTotalMs: m.memberTotalMs,
    totalMs: m.totalMs,
    facilitatorMs: m.facilitator.ms,
    cofacilitatorMs: m.cofacilitator.ms,
    crosstalkMs: m.crosstalk.ms,
    balanceIndex: m.balanceIndex,
  };
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Talk-time chart data and the balance index, as the dashboard showed them at the end. */
    talk: TalkSection;
  }
}
