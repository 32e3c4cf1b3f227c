import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { CheckinResults } from './aggregate.js';
import { atOrBelow, resultsOf } from './aggregate.js';
import type { Checkin, CheckinPhase } from './state.js';
import { activeCheckin, answeredCount } from './state.js';

/**
 * What screens show of a check-in. Before reveal: the prompt and two counts,
 * nothing else. After reveal: the aggregate, which holds no ids. No view part
 * ever says who answered, and `me` says only that you did, never what.
 */
export type CheckinFormatView =
  | { kind: 'scale'; low: string; high: string }
  | { kind: 'word' }
  | { kind: 'choice'; options: string[] };

export interface CheckinView {
  id: string;
  prompt: string;
  format: CheckinFormatView;
  minimum: number;
  phase: Exclude<CheckinPhase, 'closed'>;
  startedAt: number;
  /** Never goes down. */
  answered: number;
  /**
   * Members who could answer ("5 of 8"): those present when it opened plus any who
   * arrived while it was open. Never goes down, so a member leaving says nothing.
   */
  expected: number;
  /** Present when a restart lost the answers given so far and the check-in started over. */
  reopened?: true;
  /** Only once revealed. */
  results?: CheckinResults;
}

/** Facilitators only, for a scale check-in with a cut-off. */
export interface CheckinStaffView {
  cutoff: number;
  /**
   * How many answers are at or below the cut-off; null while answers are still
   * coming in (a count that ticks up as one person answers would point at them)
   * or when fewer than the minimum answered.
   */
  atOrBelow: number | null;
}

export interface CheckinMeView {
  id: string;
  answered: boolean;
}

function formatView(c: Checkin): CheckinFormatView {
  const f = c.format;
  // The cut-off is a facilitators' aid; members see only the scale and its labels.
  return f.kind === 'scale' ? { kind: 'scale', low: f.low, high: f.high } : f.kind === 'choice' ? { kind: 'choice', options: f.options.slice() } : { kind: 'word' };
}

export function checkinView(state: SessionState): CheckinView | undefined {
  const c = activeCheckin(state);
  if (!c || c.phase === 'closed') return undefined;
  const view: CheckinView = {
    id: c.id,
    prompt: c.prompt,
    format: formatView(c),
    minimum: c.minimum,
    phase: c.phase,
    startedAt: c.startedAt,
    answered: answeredCount(c),
    expected: Object.keys(c.eligible).length,
  };
  if (c.reopenedAt !== null) view.reopened = true;
  if (c.phase === 'revealed') view.results = resultsOf(c.tally);
  return view;
}

export function checkinStaffView(state: SessionState): CheckinStaffView | undefined {
  const c = activeCheckin(state);
  if (!c || c.format.kind !== 'scale' || c.format.cutoff === undefined) return undefined;
  const settled = c.phase === 'stopped' || c.phase === 'revealed';
  return { cutoff: c.format.cutoff, atOrBelow: settled && answeredCount(c) >= c.minimum ? atOrBelow(c.tally, c.format.cutoff) : null };
}

export function checkinMeView(state: SessionState, participantId: string): CheckinMeView | undefined {
  const c = activeCheckin(state);
  const p = own(state.participants, participantId);
  if (!c || !p || p.role !== 'member') return undefined;
  return { id: c.id, answered: own(c.answered, participantId) === true };
}

declare module '../domain/view-types.js' {
  interface SharedView {
    /** The check-in on screen: counts before reveal, the aggregate after. */
    checkin?: CheckinView;
  }
  interface StaffView {
    checkin?: CheckinStaffView;
  }
  interface MeView {
    /** Members only: whether you answered the check-in on screen (never what). */
    checkin?: CheckinMeView;
  }
}
