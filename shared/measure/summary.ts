import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { MeasureKind } from './definitions.js';
import { meanOf, meetsMinimum } from './scoring.js';
import type { NamedRowView, StaffRunView } from './views.js';
import { measuresStaffView } from './views.js';

/** A named row in the summary: the member by id and name (summaries are staff-only). */
export interface SummaryMeasureRow extends NamedRowView {
  participantId: string;
  name: string;
}

export interface SummaryMeasureRun extends Omit<StaffRunView, 'rows' | 'phase' | 'expected'> {
  openedAt: number;
  rows?: SummaryMeasureRow[];
}

/** Every measure run of the session; anonymous results only where they were kept (closed with enough answers). */
export function measuresSection(state: SessionState): SummaryMeasureRun[] {
  return measuresStaffView(state).runs.map(({ rows, phase: _phase, expected: _expected, ...run }) => {
    const r = own(state.measures.runs, run.id)!;
    const entry: SummaryMeasureRun = { ...run, openedAt: r.openedAt };
    if (rows) {
      entry.rows = Object.entries(rows).map(([participantId, row]) => ({ participantId, name: own(state.participants, participantId)?.name ?? '', ...row }));
    }
    return entry;
  });
}

/**
 * A measure's nameless score for one session, for trends and for keeping after
 * the detail is deleted: only with at least the run's minimum of answers (k),
 * so no point is one person's answer.
 *   named:     `total`, the mean of members' totals (goals: `progress`, the mean goal rating)
 *   anonymous: `total`, the sum of item means; climate: its three subscale means
 */
export interface MeasureScore {
  kind: MeasureKind;
  count: number;
  scores: Record<string, number>;
}

function present(scores: Record<string, number | null>): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).filter((e): e is [string, number] => e[1] !== null));
}

export function measureScore(run: SummaryMeasureRun): MeasureScore | null {
  if (run.rows) {
    const counted = run.rows.filter((r) => r.values.some((v) => v !== null));
    if (!meetsMinimum(counted.length, run.minimum)) return null;
    const score: Record<string, number | null> =
      run.kind === 'goals' ? { progress: meanOf(counted.flatMap((r) => r.values)) } : { total: meanOf(counted.map((r) => r.total)) };
    return { kind: run.kind, count: counted.length, scores: present(score) };
  }
  if (!run.results) return null;
  const { count, items, subscales } = run.results;
  const scores = run.kind === 'climate' ? subscales : { total: Math.round(items.reduce((s, i) => s + i.mean, 0) * 10) / 10 };
  return { kind: run.kind, count, scores: present(scores) };
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Every measure run: named rows by member, anonymous aggregates where kept. */
    measures: SummaryMeasureRun[];
  }
}
