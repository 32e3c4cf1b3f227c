import type { Role } from '../session/state.js';
import { CROSSTALK, durationAt } from '../talk/intervals.js';
import type { TalkInput } from '../talk/metrics.js';
import { metricsClock } from '../talk/metrics.js';
import { effectiveTimeline } from '../talk/precedence.js';
import type { Addressed } from './state.js';
import { MAP_GROUP } from './state.js';

/**
 * The interaction map's figures, from talk time's input (who spoke when) and
 * the tracker's second taps (to whom). Two kinds of evidence, never mixed:
 * - addressed: a co-facilitator recorded that A's stretch responded to B (or the group);
 * - after: B spoke right after A in the effective timeline (floor and tracker),
 *   weaker, since speaking next is not always answering.
 * An edge points from the one responding to the one responded to.
 */
export interface MapInput extends TalkInput {
  addressed: readonly Addressed[];
}

export interface MapNode {
  id: string;
  name: string;
  role: Role;
  /** Effective talk time (tracker over floor), ms. */
  talkMs: number;
}

export interface MapEdge {
  from: string;
  /** A participant id, or MAP_GROUP for addressed edges to the whole group. */
  to: string;
  count: number;
  /** Addressed edges: the stretches' total length, ms. 0 for "after" edges, which have no length of their own. */
  ms: number;
}

/** Exchanges that start from a member, by whom they go to. */
export interface MemberMix {
  memberToMember: number;
  memberToLeader: number;
  memberToGroup: number;
  /** memberToMember / (memberToMember + memberToLeader); null while both are 0. */
  share: number | null;
}

export interface MapPair {
  a: string;
  b: string;
  /** Addressed exchanges either way. */
  addressed: number;
  /** "After" exchanges either way. */
  after: number;
}

export interface MapFigures {
  /** Everyone who was in the room, in roster order. */
  nodes: MapNode[];
  /** Heaviest first. */
  addressed: MapEdge[];
  after: MapEdge[];
  addressedMix: MemberMix;
  afterMix: MemberMix;
  /** Members no addressed exchange went to (ids, roster order); meaningful once `addressed` is not empty. */
  neverAddressed: string[];
  /** The pairs who engaged most, addressed first, at most TOP_PAIRS; each pair in roster order. */
  topPairs: MapPair[];
}

export const TOP_PAIRS = 5;

export function mapFigures(input: MapInput, nowRaw: number): MapFigures {
  const now = metricsClock(input, nowRaw);
  const timeline = effectiveTimeline(Object.values(input.intervals), now);
  const talkMs = new Map<string, number>();
  for (const s of timeline) talkMs.set(s.participantId, (talkMs.get(s.participantId) ?? 0) + (s.to - s.from));
  const nodes: MapNode[] = Object.entries(input.people).map(([id, p]) => ({ id, name: p.name, role: p.role, talkMs: talkMs.get(id) ?? 0 }));

  const addressed = new EdgeCounter();
  const stretches = new Map(Object.values(input.intervals).flatMap((i) => (i.source === 'tracker' ? [[`${i.participantId}@${i.from}`, i]] : [])));
  for (const a of input.addressed) {
    const stretch = stretches.get(`${a.speaker}@${a.since}`);
    // A stretch the tracker dropped (it lasted no time) or one not begun by `now` records nothing.
    if (stretch && stretch.from <= now) addressed.add(a.speaker, a.to, durationAt(stretch, now));
  }

  const after = new EdgeCounter();
  let previous: string | null = null;
  for (const s of timeline) {
    // Cross-talk is several at once: whoever speaks after it did not answer one person.
    if (s.participantId !== CROSSTALK && previous !== null && previous !== CROSSTALK && previous !== s.participantId) after.add(s.participantId, previous, 0);
    previous = s.participantId;
  }

  return figuresOf(nodes, addressed, after);
}

/**
 * The map across several sessions of a group: nodes by participant id (members keep
 * theirs from one session to the next), talk time and exchanges added up, the latest
 * name and role kept, and the shares, never-addressed members and pairs worked out
 * again from the sums. Sessions in any order; the latest is last.
 */
export function combineFigures(sessions: readonly MapFigures[]): MapFigures {
  const nodes = new Map<string, MapNode>();
  const addressed = new EdgeCounter();
  const after = new EdgeCounter();
  for (const f of sessions) {
    for (const n of f.nodes) nodes.set(n.id, { ...n, talkMs: (nodes.get(n.id)?.talkMs ?? 0) + n.talkMs });
    for (const e of f.addressed) addressed.merge(e);
    for (const e of f.after) after.merge(e);
  }
  return figuresOf([...nodes.values()], addressed, after);
}

function figuresOf(nodes: MapNode[], addressed: EdgeCounter, after: EdgeCounter): MapFigures {
  const roles = new Map(nodes.map((n) => [n.id, n.role]));
  const roleOf = (id: string) => roles.get(id);
  const addressedEdges = addressed.edges();
  const afterEdges = after.edges();
  const reached = new Set(addressedEdges.map((e) => e.to));
  return {
    nodes,
    addressed: addressedEdges,
    after: afterEdges,
    addressedMix: memberMix(addressedEdges, roleOf),
    afterMix: memberMix(afterEdges, roleOf),
    neverAddressed: nodes.filter((n) => n.role === 'member' && !reached.has(n.id)).map((n) => n.id),
    topPairs: topPairs(addressedEdges, afterEdges, new Map(nodes.map((n, i) => [n.id, i]))),
  };
}

/** Counts per ordered pair, in the order edges first appear. */
class EdgeCounter {
  private readonly byKey = new Map<string, MapEdge>();
  add(from: string, to: string, ms: number): void {
    this.merge({ from, to, count: 1, ms });
  }
  /** Adds an edge counted elsewhere (another session's). */
  merge(edge: MapEdge): void {
    const key = `${edge.from}>${edge.to}`;
    const e = this.byKey.get(key) ?? { from: edge.from, to: edge.to, count: 0, ms: 0 };
    e.count += edge.count;
    e.ms += edge.ms;
    this.byKey.set(key, e);
  }
  /** Heaviest first; ties keep the order they were first seen, so the result is deterministic. */
  edges(): MapEdge[] {
    return [...this.byKey.values()].sort((x, y) => y.count - x.count || y.ms - x.ms);
  }
}

function memberMix(edges: readonly MapEdge[], roleOf: (id: string) => Role | undefined): MemberMix {
  const mix: MemberMix = { memberToMember: 0, memberToLeader: 0, memberToGroup: 0, share: null };
  for (const e of edges) {
    if (roleOf(e.from) !== 'member') continue;
    if (e.to === MAP_GROUP) mix.memberToGroup += e.count;
    else if (roleOf(e.to) === 'member') mix.memberToMember += e.count;
    else if (roleOf(e.to) !== undefined) mix.memberToLeader += e.count;
  }
  const both = mix.memberToMember + mix.memberToLeader;
  mix.share = both > 0 ? mix.memberToMember / both : null;
  return mix;
}

/** Each pair named in roster order (`rank`), so it reads the same whichever way the exchanges went. */
function topPairs(addressed: readonly MapEdge[], after: readonly MapEdge[], rank: ReadonlyMap<string, number>): MapPair[] {
  const pairs = new Map<string, MapPair>();
  const pairOf = (x: string, y: string) => {
    const [a, b] = (rank.get(x) ?? Infinity) <= (rank.get(y) ?? Infinity) ? [x, y] : [y, x];
    const key = `${a}|${b}`;
    const p = pairs.get(key) ?? { a, b, addressed: 0, after: 0 };
    pairs.set(key, p);
    return p;
  };
  for (const e of addressed) if (e.to !== MAP_GROUP) pairOf(e.from, e.to).addressed += e.count;
  for (const e of after) pairOf(e.from, e.to).after += e.count;
  return [...pairs.values()].sort((x, y) => y.addressed - x.addressed || y.after - x.after).slice(0, TOP_PAIRS);
}
