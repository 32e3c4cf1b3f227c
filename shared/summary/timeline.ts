import type { DomainEvent } from '../session/events.js';
import type { SummaryWords } from './words.js';

/** A line in the session's timeline: an activity, never a person's words or answers; `text` is in the session's language. */
export interface TimelineEntry {
  at: number;
  kind: string;
  text: string;
}

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/**
 * The activity an event marks, or null for the many events that are not
 * activities (presence, answers, drafts). Each feature adds its own cases.
 */
export function timelineEntry(e: DomainEvent, prompts: Map<string, string>, w: SummaryWords): TimelineEntry | null {
  switch (e.type) {
    case 'session:created':
      return { at: e.at, kind: 'session', text: w('server.timeline.sessionStarted') };
    case 'session:ended':
      return { at: e.at, kind: 'session', text: w('server.timeline.sessionEnded') };
    case 'break:started':
      return { at: e.at, kind: 'break', text: w('server.timeline.break', { minutes: minutes(e.endsAt - e.at) }) };
    case 'break:ended':
      return { at: e.at, kind: 'break', text: w('server.timeline.breakEnded') };
    case 'checkin:started':
      prompts.set(e.checkinId, e.prompt);
      return { at: e.at, kind: 'checkin', text: w('server.timeline.checkinOpened', { prompt: e.prompt }) };
    case 'checkin:revealed':
      return { at: e.at, kind: 'checkin', text: w('server.timeline.checkinRevealed', { prompt: prompts.get(e.checkinId) ?? '' }).trim() };
    case 'turns:goAroundStarted':
      return { at: e.at, kind: 'turns', text: w('server.timeline.goAroundStarted', { people: e.order.length, shuffled: e.shuffled ? 'yes' : 'no' }) };
    case 'turns:goAroundEnded':
      return { at: e.at, kind: 'turns', text: w('server.timeline.goAroundEnded') };
    case 'signal:sent':
      return { at: e.at, kind: 'signal', text: w('server.timeline.signalSent') };
    case 'signal:acknowledged':
      return { at: e.at, kind: 'signal', text: w('server.timeline.signalAcknowledged') };
    case 'feedback:roundStarted':
      return { at: e.at, kind: 'feedback', text: w('server.timeline.feedbackStarted', { mode: e.mode, attribution: e.attribution }) };
    case 'feedback:revealed':
      return { at: e.at, kind: 'feedback', text: w('server.timeline.feedbackRevealed') };
    default:
      return null;
  }
}

/** The session's activities in order, from its event log. */
export function timelineOf(events: Iterable<DomainEvent>, w: SummaryWords): TimelineEntry[] {
  const prompts = new Map<string, string>();
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const entry = timelineEntry(e, prompts, w);
    if (entry) out.push(entry);
  }
  return out;
}
