import type { DomainEvent } from '../session/events.js';

/** A line in the session's timeline: an activity, never a person's words or answers. */
export interface TimelineEntry {
  at: number;
  kind: string;
  text: string;
}

const FEEDBACK_MODE_NAMES = { hotSeat: 'hot seat', pairs: 'member to member', group: 'to the group' } as const;

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/**
 * The activity an event marks, or null for the many events that are not
 * activities (presence, answers, drafts). Each feature adds its own cases.
 */
export function timelineEntry(e: DomainEvent, prompts: Map<string, string>): TimelineEntry | null {
  switch (e.type) {
    case 'session:created':
      return { at: e.at, kind: 'session', text: 'Session started' };
    case 'session:ended':
      return { at: e.at, kind: 'session', text: 'Session ended' };
    case 'break:started':
      return { at: e.at, kind: 'break', text: `Break (${minutes(e.endsAt - e.at)} min)` };
    case 'break:ended':
      return { at: e.at, kind: 'break', text: 'Break ended' };
    case 'checkin:started':
      prompts.set(e.checkinId, e.prompt);
      return { at: e.at, kind: 'checkin', text: `Check-in opened: ${e.prompt}` };
    case 'checkin:revealed':
      return { at: e.at, kind: 'checkin', text: `Check-in results shown: ${prompts.get(e.checkinId) ?? ''}`.trim() };
    case 'turns:goAroundStarted':
      return { at: e.at, kind: 'turns', text: `Go-around started (${e.order.length} people${e.shuffled ? ', shuffled order' : ''})` };
    case 'turns:goAroundEnded':
      return { at: e.at, kind: 'turns', text: 'Go-around ended' };
    case 'signal:sent':
      return { at: e.at, kind: 'signal', text: 'A member used the private signal' };
    case 'signal:acknowledged':
      return { at: e.at, kind: 'signal', text: 'A private signal was acknowledged' };
    case 'feedback:roundStarted':
      return { at: e.at, kind: 'feedback', text: `Feedback round started (${FEEDBACK_MODE_NAMES[e.mode]}, ${e.attribution})` };
    case 'feedback:revealed':
      return { at: e.at, kind: 'feedback', text: 'Feedback shown to the group' };
    default:
      return null;
  }
}

/** The session's activities in order, from its event log. */
export function timelineOf(events: Iterable<DomainEvent>): TimelineEntry[] {
  const prompts = new Map<string, string>();
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const entry = timelineEntry(e, prompts);
    if (entry) out.push(entry);
  }
  return out;
}
