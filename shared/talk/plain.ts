import type { TalkMetrics } from './metrics.js';

/**
 * The dashboard's first lines, in plain words before any statistic: who has not
 * spoken, who has spoken much less, who has had much more than an even share,
 * or that talk is spread evenly. Facilitators read these at a glance mid-session.
 */
export type PlainTalkNote =
  | { kind: 'nobodyYet' }
  | { kind: 'notSpoken'; names: string[] }
  | { kind: 'quiet'; names: string[] }
  | { kind: 'most'; name: string; share: number; fair: number }
  | { kind: 'even' };

/** "Much more than an even share": twice one's fair share, and at least a third of members' talk. */
const MOST_FACTOR = 2;
const MOST_MIN_SHARE = 1 / 3;
/** The balance index from which talk reads as spread evenly (as the members' group view words it). */
const EVEN_FROM = 0.8;

export function plainTalkNotes(m: TalkMetrics): PlainTalkNote[] {
  if (m.members.length === 0) return [];
  if (m.memberTotalMs === 0) return [{ kind: 'nobodyYet' }];
  const notes: PlainTalkNote[] = [];
  const notSpoken = m.members.filter((r) => r.notSpokenYet).map((r) => r.name);
  if (notSpoken.length > 0) notes.push({ kind: 'notSpoken', names: notSpoken });
  const quiet = m.members.filter((r) => !r.notSpokenYet && r.underHalfMedian).map((r) => r.name);
  if (quiet.length > 0) notes.push({ kind: 'quiet', names: quiet });
  // "Most of the talk" says something only once at least two members have spoken.
  const spoken = m.members.filter((r) => !r.notSpokenYet);
  const most = [...spoken].sort((a, b) => b.share - a.share)[0]!;
  if (m.members.length >= 3 && spoken.length >= 2 && most.share >= MOST_MIN_SHARE && most.share >= MOST_FACTOR * most.fairShare) {
    notes.push({ kind: 'most', name: most.name, share: most.share, fair: most.fairShare });
  }
  if (notes.length === 0 && m.balanceIndex !== null && m.balanceIndex >= EVEN_FROM) notes.push({ kind: 'even' });
  return notes;
}
