import type { OwnerTagger } from '../domain/actor.js';
import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import { presentMembers } from '../session/state.js';
import type { MomentStatus } from './state.js';
import { currentMoment, momentLabel } from './state.js';

/**
 * The moment, per viewer. Everyone admitted sees the question and, once revealed,
 * the shared answers (texts only, shuffled); staff see every answer to screen it
 * and how many have answered; a member sees only whether they answered. No view
 * holds an owner tag, an author, or who has (not) answered.
 */
export interface MomentSharedView {
  id: string;
  question: string | null;
  open: boolean;
  revealed: string[];
}

export interface MomentStaffAnswer {
  id: string;
  text: string;
  status: MomentStatus;
  revealed: boolean;
}

export interface MomentStaffView {
  answers: MomentStaffAnswer[];
  /** Answers and skips: a count only, since the answers are anonymous. */
  done: number;
  /** Members here now (or, if more have answered, that many). */
  of: number;
}

export interface MomentMeView {
  /** Whether this member has answered the current question. */
  answered: 'written' | 'skipped' | null;
}

export function momentSharedView(state: SessionState): MomentSharedView | null {
  const r = currentMoment(state);
  if (!r) return null;
  return { id: r.id, question: r.question, open: r.closedAt === null, revealed: r.revealOrder.map((id) => own(r.answers, id)!.text) };
}

export function momentStaffView(state: SessionState): MomentStaffView | null {
  const r = currentMoment(state);
  if (!r) return null;
  const answers = Object.values(r.answers).map(({ id, text, status, revealed }) => ({ id, text, status, revealed }));
  const done = answers.length + r.skipTags.length;
  return { answers, done, of: Math.max(done, presentMembers(state).length) };
}

export function momentMeView(state: SessionState, owner?: OwnerTagger): MomentMeView | null {
  const r = currentMoment(state);
  if (!r) return null;
  const tag = owner?.(momentLabel(r.id));
  if (tag === undefined) return { answered: null };
  if (Object.values(r.answers).some((a) => a.ownerTag === tag)) return { answered: 'written' };
  return { answered: r.skipTags.includes(tag) ? 'skipped' : null };
}

declare module '../domain/view-types.js' {
  interface SharedView {
    moment: MomentSharedView | null;
  }
  interface StaffView {
    moment: MomentStaffView | null;
  }
  interface MeView {
    /** Admitted members only. */
    moment?: MomentMeView | null;
  }
}
