import { checkinSummary } from '../checkin/summary.js';
import { own } from '../own.js';
import type { CheckinSummaryEntry } from '../checkin/summary.js';
import type { DomainEvent } from '../session/events.js';
import type { SessionState } from '../session/state.js';
import { attendanceSection, lastMoment } from './attendance.js';
import type { AttendanceSection } from './attendance.js';
import { feedbackSection } from '../feedback/summary.js';
import type { FeedbackSection } from '../feedback/summary.js';
import { signalsSection } from '../signal/summary.js';
import { talkSection } from './talk-section.js';
import type { TalkSection } from './talk-section.js';
import type { SignalsSection } from '../signal/summary.js';
import { timelineOf } from './timeline.js';
import { turnsSection } from '../turns/summary.js';
import type { TurnsSection } from '../turns/summary.js';
import type { TimelineEntry } from './timeline.js';
import type { SummaryWords } from './words.js';

/**
 * What a therapist keeps from a session. Built by pure functions from the final
 * state (the event log replayed, sealed tallies put back) and the log itself.
 * Each feature contributes one optional section; a feature that is not in the
 * build simply has no section.
 */
export interface SessionInfo {
  sessionId: string;
  groupId: string;
  groupName: string;
  startedAt: number;
  /** null while the session still runs. */
  endedAt: number | null;
  lengthMs: number;
  /** The group's language: the summary's own words (timeline, exports) are in it. */
  language: string;
}

export interface SummarySections {
  attendance: AttendanceSection;
  /** Talk-time chart data and the balance index, as the dashboard showed them at the end. */
  talk: TalkSection;
  /** Every check-in; results only where they were revealed. */
  checkins: SummaryCheckin[];
  timeline: TimelineEntry[];
  turns: TurnsSection;
  signals: SignalsSection;
  feedback: FeedbackSection;
}

/** A check-in with the words its results need: the scale's end labels, the choices. */
export interface SummaryCheckin extends CheckinSummaryEntry {
  labels?: { low: string; high: string };
  options?: string[];
}

export function checkinsSection(state: SessionState): SummaryCheckin[] {
  return checkinSummary(state).map((entry) => {
    const format = own(state.checkins.byId, entry.id)?.format;
    if (format?.kind === 'scale') return { ...entry, labels: { low: format.low, high: format.high } };
    if (format?.kind === 'choice') return { ...entry, options: format.options.slice() };
    return entry;
  });
}

export interface SessionSummary extends Partial<SummarySections> {
  session: SessionInfo;
}

/** Choices the facilitator made for the group that change what the summary keeps. */
export interface SummaryOptions {
  /** Feedback item texts are kept in the summary only if the facilitator chose so. */
  keepFeedbackTexts: boolean;
  /** The words of the session's language (timeline lines, "Anonymous", "The group"). */
  words: SummaryWords;
}

export interface SummaryInput {
  state: SessionState;
  /** The session's event log, in order (as stored: redacted). */
  events: readonly DomainEvent[];
  options: SummaryOptions;
}

type SectionBuilder = (input: SummaryInput) => Partial<SummarySections>;

/** One line per feature. */
const SECTIONS: readonly SectionBuilder[] = [
  ({ state }) => ({ attendance: attendanceSection(state) }),
  ({ state }) => ({ talk: talkSection(state) }),
  ({ state }) => ({ checkins: checkinsSection(state) }),
  ({ events, options }) => ({ timeline: timelineOf(events, options.words) }),
  ({ state }) => ({ turns: turnsSection(state, state.endedAt ?? lastMoment(state)) }),
  ({ events }) => ({ signals: signalsSection(events) }),
  ({ state, events, options }) => ({ feedback: feedbackSection(state, events, options.keepFeedbackTexts, options.words) }),
];

export function sessionInfo(state: SessionState): SessionInfo {
  const end = state.endedAt ?? lastMoment(state);
  return {
    sessionId: state.sessionId,
    groupId: state.groupId,
    groupName: state.groupName,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    lengthMs: Math.max(0, end - state.startedAt),
    language: state.language,
  };
}

export function buildSummary(input: SummaryInput): SessionSummary {
  const summary: SessionSummary = { session: sessionInfo(input.state) };
  for (const build of SECTIONS) Object.assign(summary, build(input));
  return summary;
}
