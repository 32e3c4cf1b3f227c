import { eventTypeSet } from '../domain/feature.js';
import type { Attribution, FeedbackMode, ItemStatus, RecipientKey } from './state.js';

/**
 * What the log records for feedback. No event of an anonymous round carries a
 * participant id: drafts and items are keyed by tags only their writer's token
 * can produce (see state.ts).
 */
export type FeedbackEvent =
  | {
      type: 'feedback:roundStarted';
      at: number;
      roundId: string;
      mode: FeedbackMode;
      focusId: string | null;
      labels: string[];
      attribution: Attribution;
      writeUntil: number | null;
    }
  | { type: 'feedback:focusChanged'; at: number; roundId: string; focusId: string }
  | { type: 'feedback:focusAnswered'; at: number; roundId: string; open: boolean }
  | { type: 'feedback:draftSaved'; at: number; roundId: string; draftTag: string; recipient: RecipientKey | null; parts: string[] }
  | {
      type: 'feedback:submitted';
      at: number;
      roundId: string;
      itemId: string;
      recipient: RecipientKey;
      /** null in anonymous rounds. */
      giverId: string | null;
      /** null in named rounds. */
      ownerTag: string | null;
      parts: string[];
      /** The writer's draft to clear. */
      draftTag: string;
    }
  | { type: 'feedback:screened'; at: number; roundId: string; itemId: string; status: Exclude<ItemStatus, 'pending'>; note: string | null }
  | { type: 'feedback:revealed'; at: number; roundId: string }
  | { type: 'feedback:resonated'; at: number; roundId: string; itemId: string; memberId: string; resonates: boolean }
  | { type: 'feedback:roundEnded'; at: number; roundId: string }
  /** A member shows (or hides) their "resonates" marks to the group for this round (shared-marks.ts). */
  | { type: 'feedback:marksShared'; at: number; roundId: string; memberId: string; shared: boolean };

declare module '../domain/events.js' {
  interface FeatureEvents {
    feedback: FeedbackEvent;
  }
}

export const FEEDBACK_EVENT_TYPES = eventTypeSet<FeedbackEvent>({
  'feedback:marksShared': true,
  'feedback:roundStarted': true,
  'feedback:focusChanged': true,
  'feedback:focusAnswered': true,
  'feedback:draftSaved': true,
  'feedback:submitted': true,
  'feedback:screened': true,
  'feedback:revealed': true,
  'feedback:resonated': true,
  'feedback:roundEnded': true,
});
