import type { PresentPeriod, Role } from '../session/state.js';
import { own } from '../own.js';
import type { ClosedInterval, TalkInterval, TalkSource } from './intervals.js';
import { CROSSTALK, presentMsAt } from './intervals.js';
import { effectiveTimeline } from './precedence.js';
import { balanceIndex, gini, median } from './stats.js';

/**
 * Everything talk-time figures are computed from. The staff view carries exactly
 * this, so the dashboard (client) and the summary (server) run the same function.
 */
export interface TalkInput {
  startedAt: number;
  endedAt: number | null;
  /** Everyone who was ever in the room, with the periods they were present. */
  people: Record<string, { name: string; role: Role; present: PresentPeriod[] }>;
  /** Both sources' intervals, keyed by a stable id (see views.ts). */
  intervals: Record<string, TalkInterval>;
}

export type BySource = Record<TalkSource, number>;

export interface MemberTalk {
  id: string;
  name: string;
  /** Effective talk time (tracker over floor), ms. */
  talkMs: number;
  /** Where talkMs came from. */
  bySource: BySource;
  /** Of all members' talk time, 0..1 (0 while nobody has spoken). */
  share: number;
  /** The share this member would have if members' talk were spread by time present, 0..1. */
  fairShare: number;
  presentMs: number;
  /** Separate stretches of speaking. */
  turns: number;
  lastSpokeAt: number | null;
  /** 0 while speaking; null if never spoken. */
  sinceLastSpokeMs: number | null;
  speakingNow: boolean;
  notSpokenYet: boolean;
  /** Below half the members' median talk time (only once the median is above zero). */
  underHalfMedian: boolean;
}

export interface GroupTalk {
  ms: number;
  bySource: BySource;
  /** Of all recorded talk (members, facilitators and cross-talk), 0..1. */
  share: number;
}

export interface TalkMetrics {
  now: number;
  /** Session time so far (up to the end, if ended). */
  elapsedMs: number;
  /** Member rows in roster order. */
  members: MemberTalk[];
  memberTotalMs: number;
  /** All effective talk: members, facilitators and cross-talk. */
  totalMs: number;
  medianMs: number;
  facilitator: GroupTalk;
  cofacilitator: GroupTalk;
  crosstalk: GroupTalk;
  gini: number | null;
  /** 1 − Gini over members' talk time; null until at least two members are counted and someone spoke. */
  balanceIndex: number | null;
  /** Who spoke when, after precedence. */
  timeline: ClosedInterval[];
  speakingNow: { participantId: string; source: TalkSource; since: number } | null;
}

const zero = (): BySource => ({ floor: 0, tracker: 0 });

/** The clock the figures are computed at: `now`, but never past the end of the session. */
export function metricsClock(input: Pick<TalkInput, 'endedAt'>, now: number): number {
  return input.endedAt === null ? now : Math.min(now, input.endedAt);
}

export function talkMetrics(input: TalkInput, nowRaw: number): TalkMetrics {
  const now = metricsClock(input, nowRaw);
  const timeline = effectiveTimeline(Object.values(input.intervals), now);

  const byPerson = new Map<string, { ms: number; bySource: BySource; turns: number; lastTo: number | null }>();
  for (const seg of timeline) {
    let acc = byPerson.get(seg.participantId);
    if (!acc) byPerson.set(seg.participantId, (acc = { ms: 0, bySource: zero(), turns: 0, lastTo: null }));
    const ms = seg.to - seg.from;
    acc.ms += ms;
    acc.bySource[seg.source] += ms;
    // A segment continuing the same person's previous one (the tracker took over mid-turn) is the same turn.
    if (acc.lastTo !== seg.from) acc.turns++;
    acc.lastTo = seg.to;
  }

  const open = openNow(Object.values(input.intervals), now);
  const memberIds = Object.keys(input.people).filter(
    (id) => own(input.people, id)!.role === 'member' && (own(input.people, id)!.present.length > 0 || byPerson.has(id)),
  );
  const presentMs = memberIds.map((id) => presentMsAt(own(input.people, id)!.present, now));
  const presentTotal = presentMs.reduce((a, b) => a + b, 0);
  const talk = memberIds.map((id) => byPerson.get(id)?.ms ?? 0);
  const memberTotalMs = talk.reduce((a, b) => a + b, 0);
  const medianMs = median(talk);

  const members: MemberTalk[] = memberIds.map((id, i) => {
    const acc = byPerson.get(id);
    const talkMs = talk[i]!;
    const speakingNow = open?.participantId === id;
    const lastSpokeAt = acc?.lastTo ?? null;
    return {
      id,
      name: own(input.people, id)!.name,
      talkMs,
      bySource: acc ? { ...acc.bySource } : zero(),
      share: memberTotalMs > 0 ? talkMs / memberTotalMs : 0,
      fairShare: presentTotal > 0 ? presentMs[i]! / presentTotal : 0,
      presentMs: presentMs[i]!,
      turns: acc?.turns ?? 0,
      lastSpokeAt,
      sinceLastSpokeMs: speakingNow ? 0 : lastSpokeAt === null ? null : now - lastSpokeAt,
      speakingNow,
      notSpokenYet: talkMs === 0,
      underHalfMedian: medianMs > 0 && talkMs < medianMs / 2,
    };
  });

  const totalMs = timeline.reduce((a, s) => a + (s.to - s.from), 0);
  const group = (match: (id: string) => boolean): GroupTalk => {
    const g: GroupTalk = { ms: 0, bySource: zero(), share: 0 };
    for (const [id, acc] of byPerson) {
      if (!match(id)) continue;
      g.ms += acc.ms;
      g.bySource.floor += acc.bySource.floor;
      g.bySource.tracker += acc.bySource.tracker;
    }
    g.share = totalMs > 0 ? g.ms / totalMs : 0;
    return g;
  };
  const roleOf = (id: string) => own(input.people, id)?.role;

  return {
    now,
    elapsedMs: Math.max(0, now - input.startedAt),
    members,
    memberTotalMs,
    totalMs,
    medianMs,
    facilitator: group((id) => roleOf(id) === 'facilitator'),
    cofacilitator: group((id) => roleOf(id) === 'cofacilitator'),
    crosstalk: group((id) => id === CROSSTALK),
    gini: gini(talk),
    balanceIndex: balanceIndex(talk),
    timeline,
    speakingNow: open,
  };
}

/** Who is speaking at `now` after precedence: an open tracker interval wins over an open floor interval. */
function openNow(intervals: readonly TalkInterval[], now: number): TalkMetrics['speakingNow'] {
  let best: TalkMetrics['speakingNow'] = null;
  for (const i of intervals) {
    if (i.to !== null || i.from > now) continue;
    if (!best || (i.source === 'tracker' && best.source === 'floor')) {
      best = { participantId: i.participantId, source: i.source, since: i.from };
    }
  }
  return best;
}
