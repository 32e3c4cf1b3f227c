import type { DomainEvent } from '../domain/events.js';
import type { TimelineMemo } from '../domain/feature.js';
import { FEATURES } from '../domain/features.js';
import type { TimelineEntry } from './sections.js';
import type { SummaryWords } from './words.js';

export type { TimelineEntry };


/**
 * The activity an event marks, or null for the many events that are not
 * activities (presence, answers, drafts): each feature's `timeline` answers for its own events.
 */
export function timelineEntry(e: DomainEvent, memo: TimelineMemo, w: SummaryWords): TimelineEntry | null {
  for (const f of FEATURES) {
    const entry = f.timeline?.(e, memo, w);
    if (entry) return entry;
  }
  return null;
}

/** The session's activities in order, from its event log. */
export function timelineOf(events: Iterable<DomainEvent>, w: SummaryWords): TimelineEntry[] {
  const memo: TimelineMemo = new Map();
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const entry = timelineEntry(e, memo, w);
    if (entry) out.push(entry);
  }
  return out;
}
