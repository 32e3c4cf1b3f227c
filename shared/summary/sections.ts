import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import type { SummaryWords } from './words.js';

/**
 * The types of a summary's sections, apart from the code that builds them
 * (summary.ts), so features can declare their sections without importing it.
 */
/** A line in the session's timeline: an activity, never a person's words or answers; `text` is in the session's language. */
export interface TimelineEntry {
  at: number;
  kind: string;
  text: string;
}

/** Every feature's sections; each feature adds its own by declaration merging. */
export interface SummarySections {
  timeline: TimelineEntry[];
}

/** Choices the facilitator made for the group that change what the summary keeps. */
export interface SummaryOptions {
  /** Feedback item texts are kept in the summary only if the facilitator chose so. */
  keepFeedbackTexts: boolean;
  /** The words of the session's language (timeline lines, "Anonymous", "The group"). */
  words: SummaryWords;
}

/** What each feature's `summary` gets. */
export interface SummaryInput {
  state: SessionState;
  /** The session's event log, in order (as stored: redacted). */
  events: readonly DomainEvent[];
  options: SummaryOptions;
}
