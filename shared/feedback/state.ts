/**
 * Feedback rounds: the state slice. Members write structured feedback (a
 * template of 2–3 labelled parts) privately, submit it, staff screen it, and
 * the facilitator reveals the approved items to everyone at once.
 *
 * Privacy (docs/feedback-privacy.md): an anonymous item holds NO giver id,
 * here, in the event log or on the wire. Its `ownerTag` is a hash derived from
 * the giver's secret token and the item's (round, recipient), so only a
 * connection holding that token can recognise it; the database alone cannot
 * link it to anyone, nor link two items to each other. Drafts are keyed the
 * same way, with a fresh key after each item sent, so a draft and the anonymous
 * item it became are not tied to a name, nor to the writer's other items.
 */

/** hotSeat: everyone to one focus member; pairs: each giver picks a member; group: to the whole group. */
export const FEEDBACK_MODES = ['hotSeat', 'pairs', 'group'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

export type Attribution = 'named' | 'anonymous';

/** consent: hot seat only, waiting for the focus member; writing: drafts and submissions; revealed: approved items shown. */
export type RoundPhase = 'consent' | 'writing' | 'revealed';

/** The focus member's answer to "are you open to feedback now?". */
export type FocusAnswer = 'asked' | 'open' | 'notNow';

export type ItemStatus = 'pending' | 'approved' | 'heldBack';

/** Where an item goes: a member id, or the whole group. */
export const GROUP = 'group';
export type RecipientKey = string;


/**
 * Ready feedback templates and how many parts each has. Their words are in the
 * message catalogs (`template.<id>` for the name, `template.<id>.<n>` for part n),
 * so the facilitator sends the labels in their own language.
 */
export const READY_TEMPLATES = {
  whenFeltWonder: { parts: 3 },
  appreciateMore: { parts: 2 },
} as const;

export interface FeedbackItem {
  id: string;
  roundId: string;
  recipient: RecipientKey;
  /** Named rounds only. Anonymous items have null here, always. */
  giverId: string | null;
  /** Anonymous rounds only: see the file comment. */
  ownerTag: string | null;
  parts: string[];
  status: ItemStatus;
  /** A private note from staff to the writer when held back. */
  note: string | null;
  /** Member ids who marked the item as resonating (the recipient; any member for group items). */
  resonates: string[];
}

export interface Draft {
  recipient: RecipientKey | null;
  parts: string[];
}

export interface FeedbackRound {
  id: string;
  mode: FeedbackMode;
  /** Hot seat only. */
  focusId: string | null;
  focusAnswer: FocusAnswer | null;
  labels: string[];
  attribution: Attribution;
  startedAt: number;
  /** A suggested time to finish writing; the server still accepts items until reveal. */
  writeUntil: number | null;
  phase: RoundPhase;
  revealedAt: number | null;
  items: Record<string, FeedbackItem>;
  /** Keyed by the writer's draft tag (derived from their token, new after each item they send), never by id. */
  drafts: Record<string, Draft>;
  /** Members who show their "resonates" marks to the group (shared-marks.ts); absent until one does. */
  marksShared?: string[];
}

export interface RoundSummary {
  id: string;
  mode: FeedbackMode;
  attribution: Attribution;
  startedAt: number;
  endedAt: number;
  submitted: number;
  approved: number;
}

/** Counts of approved, revealed items across the session's rounds. Anonymous givers are unknown, so they have their own row. */
export interface FeedbackGrid {
  named: Record<string, Record<RecipientKey, number>>;
  anonymous: Record<RecipientKey, number>;
}

export interface FeedbackState {
  round: FeedbackRound | null;
  grid: FeedbackGrid;
  history: RoundSummary[];
}

export function emptyFeedback(): FeedbackState {
  return { round: null, grid: { named: {}, anonymous: {} }, history: [] };
}

/**
 * Tag labels: one per (round, recipient) for an item; for drafts, one per round
 * and per item the writer has already sent in it (`sent`), so the draft that
 * became one item and the next draft share no tag. `sent` 0 keeps the label
 * that earlier versions used for every draft, so a draft saved by them is found.
 */
export const draftLabel = (roundId: string, sent: number) => (sent === 0 ? `feedback-draft:${roundId}` : `feedback-draft:${roundId}:${sent}`);
export const itemLabel = (roundId: string, recipient: RecipientKey) => `feedback-item:${roundId}:${recipient}`;

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** Feedback rounds. */
    feedback: FeedbackState;
  }
}
