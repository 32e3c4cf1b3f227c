import type { OwnerTagger } from '../domain/actor.js';
import { marksSharedBy, visibleMarks } from './shared-marks.js';
import type { WritingProgress } from './writing-progress.js';
import { writingProgress } from './writing-progress.js';
import { own } from '../own.js';
import type { SessionState } from '../domain/state.js';
import type {
  Attribution,
  Draft,
  FeedbackGrid,
  FeedbackMode,
  FocusAnswer,
  ItemStatus,
  RecipientKey,
  RoundPhase,
} from './state.js';
import { draftTagOf, isOwnItem } from './rules.js';

/**
 * Feedback, per viewer. Members see the round's shape and a count until the
 * reveal, then only approved items; staff see every item to screen it; each
 * member sees their own draft and items. No view of an anonymous item holds a
 * giver id or name, for anyone.
 */
export interface RevealedItem {
  recipient: RecipientKey;
  /** null for anonymous items. */
  giverName: string | null;
  parts: string[];
  /** Member ids who marked it as resonating, of those who chose to show their marks (shared-marks.ts). */
  resonates: string[];
}

export interface FeedbackRoundView {
  id: string;
  mode: FeedbackMode;
  /** The hot-seat member, once they said yes: until then only staff (and they) know who was asked. */
  focusId: string | null;
  labels: string[];
  attribution: Attribution;
  startedAt: number;
  writeUntil: number | null;
  phase: RoundPhase;
  /** How many items are in; the only thing anyone but staff learns before the reveal. */
  submitted: number;
  /** Approved items, after the reveal only. */
  revealed: Record<string, RevealedItem> | null;
}

export interface FeedbackSharedView {
  round: FeedbackRoundView | null;
}

export interface StaffItem {
  recipient: RecipientKey;
  /** Named rounds only. */
  giverId: string | null;
  giverName: string | null;
  parts: string[];
  status: ItemStatus;
  note: string | null;
}

export interface FeedbackStaffView {
  /** Who is asked to take the hot seat, and their answer: staff can pick someone else after "not now". */
  focusId: string | null;
  focusAnswer: FocusAnswer | null;
  items: Record<string, StaffItem>;
  grid: FeedbackGrid;
  roundsHeld: number;
  /** While writing: "3 of 5 have sent" and who is still writing (see writing-progress.ts). */
  progress?: WritingProgress;
}

export interface MyItem {
  recipient: RecipientKey;
  parts: string[];
  status: ItemStatus;
  /** A private note from the facilitators when they held it back. */
  note: string | null;
  anonymous: boolean;
}

export interface FeedbackMeView {
  draft: Draft | null;
  mine: Record<string, MyItem>;
  /** Set for the member in the hot seat. */
  focusAnswer: FocusAnswer | null;
  /** After the reveal: the item ids this member marked, seen by them whether or not they show them. */
  marked?: string[];
  /** After the reveal: whether this member shows their marks to the group. */
  marksShared?: boolean;
}

function nameOf(state: SessionState, id: string | null): string | null {
  return id === null ? null : (own(state.participants, id)?.name ?? null);
}

export function feedbackSharedView(state: SessionState): FeedbackSharedView {
  const r = state.feedback.round;
  if (!r) return { round: null };
  let revealed: Record<string, RevealedItem> | null = null;
  if (r.phase === 'revealed') {
    revealed = {};
    for (const item of Object.values(r.items)) {
      if (item.status !== 'approved') continue;
      revealed[item.id] = { recipient: item.recipient, giverName: nameOf(state, item.giverId), parts: item.parts, resonates: visibleMarks(r, item) };
    }
  }
  return {
    round: {
      id: r.id,
      mode: r.mode,
      focusId: r.phase === 'consent' ? null : r.focusId,
      labels: r.labels,
      attribution: r.attribution,
      startedAt: r.startedAt,
      writeUntil: r.writeUntil,
      phase: r.phase,
      submitted: Object.keys(r.items).length,
      revealed,
    },
  };
}

export function feedbackStaffView(state: SessionState): FeedbackStaffView {
  const r = state.feedback.round;
  const items: Record<string, StaffItem> = {};
  for (const item of Object.values(r?.items ?? {})) {
    items[item.id] = {
      recipient: item.recipient,
      giverId: item.giverId,
      giverName: nameOf(state, item.giverId),
      parts: item.parts,
      status: item.status,
      note: item.note,
    };
  }
  const view: FeedbackStaffView = { focusId: r?.focusId ?? null, focusAnswer: r?.focusAnswer ?? null, items, grid: state.feedback.grid, roundsHeld: state.feedback.history.length };
  const progress = writingProgress(state);
  if (progress) view.progress = progress;
  return view;
}

/** A member's own part. `owner` recognises their anonymous drafts and items; without it they see only named ones. */
export function feedbackMeView(state: SessionState, memberId: string, owner?: OwnerTagger): FeedbackMeView {
  const r = state.feedback.round;
  const mine: Record<string, MyItem> = {};
  if (!r) return { draft: null, mine, focusAnswer: null };
  for (const item of Object.values(r.items)) {
    if (isOwnItem(r, item, memberId, owner)) mine[item.id] = { recipient: item.recipient, parts: item.parts, status: item.status, note: item.note, anonymous: item.giverId === null };
  }
  const me: FeedbackMeView = {
    draft: (owner && r.drafts[draftTagOf(r, memberId, owner)]) || null,
    mine,
    focusAnswer: r.focusId === memberId ? r.focusAnswer : null,
  };
  if (r.phase === 'revealed') {
    me.marked = Object.values(r.items).filter((i) => i.resonates.includes(memberId)).map((i) => i.id);
    me.marksShared = marksSharedBy(r).includes(memberId);
  }
  return me;
}

declare module '../domain/view-types.js' {
  interface SharedView {
    feedback: FeedbackSharedView;
  }
  interface StaffView {
    feedback: FeedbackStaffView;
  }
  interface MeView {
    /** Members only. */
    feedback?: FeedbackMeView;
  }
}
