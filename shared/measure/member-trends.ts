import type { MeasureSettings } from './definitions.js';
import { belowCutoff, droppedSince } from './scoring.js';
import type { SummaryMeasureRun } from './summary.js';

/** One session's measure runs, as a summary has them. */
export interface SessionRuns {
  sessionId: string;
  startedAt: number;
  runs: readonly SummaryMeasureRun[];
}

export interface WellbeingPoint {
  sessionId: string;
  startedAt: number;
  total: number | null;
  belowCutoff: boolean;
  /** Lower than the member's previous total by more than the group's threshold. */
  dropped: boolean;
}

export interface GoalPoint {
  sessionId: string;
  startedAt: number;
  goals: Array<{ text: string; value: number | null }>;
}

/** Staff's page of one member: how-I've-been totals with their flags, and goal ratings, oldest first. */
export interface MemberMeasures {
  participantId: string;
  name: string;
  wellbeing: WellbeingPoint[];
  goals: GoalPoint[];
}

/**
 * Every member's series across the group's sessions, keyed by participant id
 * (so a member carried into later sessions under their id keeps one series).
 * A session's last run of a measure counts; the drop flag compares with the
 * member's previous total that exists.
 */
export function memberTrends(sessions: readonly SessionRuns[], settings: Pick<MeasureSettings, 'wellbeingCutoff' | 'wellbeingDrop'>): MemberMeasures[] {
  const byMember = new Map<string, MemberMeasures>();
  const entry = (id: string, name: string) => {
    const m = byMember.get(id) ?? { participantId: id, name, wellbeing: [], goals: [] };
    m.name = name || m.name;
    byMember.set(id, m);
    return m;
  };
  for (const s of [...sessions].sort((a, b) => a.startedAt - b.startedAt)) {
    const last = (kind: 'wellbeing' | 'goals') => s.runs.filter((r) => r.kind === kind && r.rows).at(-1);
    for (const row of last('wellbeing')?.rows ?? []) {
      const m = entry(row.participantId, row.name);
      const previous = m.wellbeing.findLast((p) => p.total !== null)?.total ?? null;
      m.wellbeing.push({
        sessionId: s.sessionId,
        startedAt: s.startedAt,
        total: row.total,
        belowCutoff: belowCutoff(row.total, settings.wellbeingCutoff),
        dropped: droppedSince(previous, row.total, settings.wellbeingDrop),
      });
    }
    for (const row of last('goals')?.rows ?? []) {
      entry(row.participantId, row.name).goals.push({
        sessionId: s.sessionId,
        startedAt: s.startedAt,
        goals: (row.goals ?? []).map((text, i) => ({ text, value: row.values[i] ?? null })),
      });
    }
  }
  return [...byMember.values()];
}

/** GET /api/sessions/:sessionId/measures/previous: each member's last how-I've-been total before this session, and the group's drop threshold. */
export interface PreviousWellbeing {
  previous: Record<string, number>;
  drop: number;
}

/** Each member's last how-I've-been total in these trends (staff compare it with today's). */
export function previousTotals(trends: readonly MemberMeasures[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of trends) {
    const last = m.wellbeing.findLast((p) => p.total !== null);
    if (last) out[m.participantId] = last.total!;
  }
  return out;
}

/** GET /api/sessions/:sessionId/measures/mine: a member's own goal ratings, oldest first (never anyone else's). */
export interface MyMeasures {
  goals: GoalPoint[];
}
