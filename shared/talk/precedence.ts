import type { ClosedInterval, TalkInterval } from './intervals.js';
import { clipAt } from './intervals.js';

/**
 * The precedence rule: for any moment both sources cover, the tracker wins,
 * because it is what a person in the room observed. The floor still counts for
 * moments the tracker leaves uncovered (nobody tracking, or "nobody" tapped).
 *
 * Returns the effective timeline as of `now`: closed, non-overlapping segments
 * sorted by start, each keeping the source it came from.
 */
export function effectiveTimeline(intervals: Iterable<TalkInterval>, now: number): ClosedInterval[] {
  const tracker: ClosedInterval[] = [];
  const floor: ClosedInterval[] = [];
  for (const i of intervals) {
    const c = clipAt(i, now);
    if (!c) continue;
    (c.source === 'tracker' ? tracker : floor).push(c);
  }
  tracker.sort(byStart);
  floor.sort(byStart);
  const out: ClosedInterval[] = [...tracker];
  for (const f of floor) out.push(...subtract(f, tracker));
  return out.sort(byStart);
}

function byStart(a: ClosedInterval, b: ClosedInterval): number {
  return a.from - b.from || a.to - b.to;
}

/** The parts of `f` not covered by any of `cover` (sorted, non-overlapping). */
function subtract(f: ClosedInterval, cover: readonly ClosedInterval[]): ClosedInterval[] {
  const parts: ClosedInterval[] = [];
  let start = f.from;
  for (const c of cover) {
    if (c.to <= start) continue;
    if (c.from >= f.to) break;
    if (c.from > start) parts.push({ ...f, from: start, to: c.from });
    start = Math.max(start, c.to);
    if (start >= f.to) break;
  }
  if (start < f.to) parts.push({ ...f, from: start, to: f.to });
  return parts;
}
