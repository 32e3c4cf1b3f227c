import type { MeasureKind } from '../measure/definitions.js';
import type { SessionAggregate } from './aggregate.js';

/** One point per session, oldest first. */
export interface TrendPoint {
  sessionId: string;
  startedAt: number;
  value: number;
}

export interface ScaleTrend {
  /** The prompt as first asked. */
  prompt: string;
  points: TrendPoint[];
}

export interface GroupTrends {
  attendance: TrendPoint[];
  /** Sessions without talk-time figures are left out, not drawn as zero. */
  balanceIndex: TrendPoint[];
  /** Interaction map: the member-to-member share of members' addressed exchanges (IGP aims to raise it); sessions without any left out. */
  memberToMember: TrendPoint[];
  /** The same share from who spoke after whom, the weaker evidence. */
  memberToMemberAfter: TrendPoint[];
  /** Scale check-ins asked (and revealed) in two or more sessions, matched by prompt text. */
  scales: ScaleTrend[];
  /** Each measure's score (total, progress, or a climate subscale) per session, where it was asked with enough answers. */
  measures: MeasureTrend[];
}

export interface MeasureTrend {
  kind: MeasureKind;
  /** `total`, `progress`, or a climate subscale (`engagement`, `avoidance`, `conflict`). */
  score: string;
  points: TrendPoint[];
}

/** One series per measure and score; a measure asked twice in a session counts its last run there. */
function measureTrends(sorted: readonly SessionAggregate[], point: (a: SessionAggregate, value: number) => TrendPoint): MeasureTrend[] {
  const series = new Map<string, MeasureTrend>();
  for (const a of sorted) {
    const last = new Map<string, number>();
    for (const m of a.measures ?? []) for (const [score, value] of Object.entries(m.scores)) last.set(`${m.kind}:${score}`, value);
    for (const [key, value] of last) {
      const [kind, score] = key.split(':') as [MeasureKind, string];
      const s = series.get(key) ?? { kind, score, points: [] };
      s.points.push(point(a, value));
      series.set(key, s);
    }
  }
  return [...series.values()];
}

/** Same question, small typing differences: case, spaces and a trailing question mark do not split a series. */
export function promptKey(prompt: string): string {
  return prompt.toLocaleLowerCase().replace(/\s+/g, ' ').replace(/[\s?.!]+$/, '').trim();
}

const point = (a: SessionAggregate, value: number): TrendPoint => ({ sessionId: a.sessionId, startedAt: a.startedAt, value });

/** One point per session that has the figure; a missing or null figure is left out, not drawn as zero. */
function series(sorted: readonly SessionAggregate[], value: (a: SessionAggregate) => number | null | undefined): TrendPoint[] {
  return sorted.flatMap((a) => {
    const v = value(a);
    return typeof v === 'number' ? [point(a, v)] : [];
  });
}

export function groupTrends(aggregates: readonly SessionAggregate[]): GroupTrends {
  const sorted = [...aggregates].sort((a, b) => a.startedAt - b.startedAt);
  const scales = new Map<string, ScaleTrend>();
  for (const a of sorted) {
    // A prompt asked twice in one session counts once there: its last revealed answer.
    const perSession = new Map<string, { prompt: string; mean: number }>();
    for (const c of a.checkins) {
      if (c.results.count > 0) perSession.set(promptKey(c.prompt), { prompt: c.prompt, mean: c.results.mean });
    }
    for (const [key, { prompt, mean }] of perSession) {
      const series = scales.get(key) ?? { prompt, points: [] };
      series.points.push(point(a, mean));
      scales.set(key, series);
    }
  }
  return {
    attendance: sorted.map((a) => point(a, a.membersAttended)),
    balanceIndex: series(sorted, (a) => a.balanceIndex),
    memberToMember: series(sorted, (a) => a.memberToMember?.addressed),
    memberToMemberAfter: series(sorted, (a) => a.memberToMember?.after),
    scales: [...scales.values()].filter((s) => s.points.length >= 2),
    measures: measureTrends(sorted, point),
  };
}
