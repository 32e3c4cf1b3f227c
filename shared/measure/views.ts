import type { ScaleResults } from '../checkin/aggregate.js';
import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { MeasureKind, MeasureMode } from './definitions.js';
import { belowCutoff, itemResults, meetsMinimum, subscaleMeans, totalOf } from './scoring.js';
import type { MeasureRun } from './state.js';
import { activeRun, answeredCount } from './state.js';

/**
 * What screens show of measures. Everyone in the room sees the open run's
 * questions and two counts. Staff see named rows (by member id), who is done
 * for named runs only, and an anonymous run's aggregate only once it closed
 * with at least its minimum. A member sees only their own goals and whether
 * they answered — never another member's anything.
 */
export interface MeasureRunView {
  id: string;
  kind: MeasureKind;
  mode: MeasureMode;
  /** The questions' wording; empty for goals (each member rates their own). */
  items: string[];
  low: string;
  high: string;
  max: number;
  answered: number;
  expected: number;
  reopened?: true;
}

export interface NamedRowView {
  values: Array<number | null>;
  total: number | null;
  /** How I've been: at or below the group's cut-off. */
  belowCutoff?: true;
  /** Goals runs: the goals rated, in the order of `values`. */
  goals?: string[];
}

export interface StaffRunView {
  id: string;
  kind: MeasureKind;
  mode: MeasureMode;
  phase: 'open' | 'closed';
  items: string[];
  max: number;
  answered: number;
  expected: number;
  /** Anonymous results are kept and shown only from this many answers. */
  minimum: number;
  cutoff: number | null;
  /** Named runs: each member's answers. */
  rows?: Record<string, NamedRowView>;
  /** Anonymous runs, once closed with enough answers: per item, and per subscale. */
  results?: { count: number; items: ScaleResults[]; subscales: Record<string, number | null> };
}

export interface MeasuresStaffView {
  /** Every run of the session, oldest first. */
  runs: StaffRunView[];
  /** Each member's goals, by member id. */
  goals: Record<string, string[]>;
}

export interface MeasureMeView {
  /** Your own goals (empty until written). */
  goals: string[];
  /** The run on screen: whether you answered (never what). */
  active?: { runId: string; answered: boolean };
}

export function measureRunView(state: SessionState): MeasureRunView | undefined {
  const r = activeRun(state);
  if (!r || r.phase !== 'open') return undefined;
  const view: MeasureRunView = {
    id: r.id,
    kind: r.kind,
    mode: r.mode,
    items: r.items.map((i) => i.text),
    low: r.low,
    high: r.high,
    max: r.max,
    answered: answeredCount(r),
    expected: Object.keys(r.eligible).length,
  };
  if (r.reopenedAt !== null) view.reopened = true;
  return view;
}

function rowsView(r: MeasureRun): Record<string, NamedRowView> {
  const rows: Record<string, NamedRowView> = {};
  for (const [id, values] of Object.entries(r.rows)) {
    const total = totalOf(values);
    const row: NamedRowView = { values: values.slice(), total };
    if (r.cutoff !== null && belowCutoff(total, r.cutoff)) row.belowCutoff = true;
    const goals = own(r.goals, id);
    if (goals) row.goals = goals.slice();
    rows[id] = row;
  }
  return rows;
}

function staffRun(r: MeasureRun): StaffRunView {
  const view: StaffRunView = {
    id: r.id,
    kind: r.kind,
    mode: r.mode,
    phase: r.phase,
    items: r.items.map((i) => i.text),
    max: r.max,
    answered: answeredCount(r),
    expected: Object.keys(r.eligible).length,
    minimum: r.minimum,
    cutoff: r.cutoff,
  };
  if (r.mode === 'named') view.rows = rowsView(r);
  else if (r.phase === 'closed' && meetsMinimum(answeredCount(r), r.minimum)) {
    view.results = { count: answeredCount(r), items: r.histograms.map(itemResults), subscales: subscaleMeans(r.items, r.histograms) };
  }
  return view;
}

export function measuresStaffView(state: SessionState): MeasuresStaffView {
  return { runs: state.measures.order.map((id) => staffRun(own(state.measures.runs, id)!)), goals: { ...state.measures.goals } };
}

export function measureMeView(state: SessionState, participantId: string): MeasureMeView {
  const view: MeasureMeView = { goals: own(state.measures.goals, participantId)?.slice() ?? [] };
  const r = activeRun(state);
  if (r && r.phase === 'open') view.active = { runId: r.id, answered: own(r.answered, participantId) === true };
  return view;
}

declare module '../domain/view-types.js' {
  interface SharedView {
    /** The questionnaire on screen: its questions and two counts. */
    measure?: MeasureRunView;
  }
  interface StaffView {
    measures: MeasuresStaffView;
  }
  interface MeView {
    /** Members only: your goals, and whether you answered the questionnaire on screen. */
    measure?: MeasureMeView;
  }
}
