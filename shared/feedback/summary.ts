import type { DomainEvent } from '../domain/events.js';
import { own } from '../own.js';
import type { SessionState } from '../domain/state.js';
import type { RoundSummary } from './state.js';
import { GROUP } from './state.js';
import type { SummaryWords } from '../summary/words.js';

/**
 * Feedback rounds for the summary: counts per round and the who-gave-to-whom
 * grid (revealed, approved items). Item texts only when the facilitator chose to
 * keep them; anonymous items stay anonymous ("Anonymous" as giver).
 */
/** One ended round, as the feedback state keeps it: counts only. */
export type FeedbackRoundRow = RoundSummary;

export interface FeedbackGridView {
  /** Columns: members who received feedback, and "The group". */
  recipients: Array<{ key: string; name: string }>;
  /** One row per named giver, then one for all anonymous items; counts follow `recipients`. */
  rows: Array<{ giver: string | null; name: string; counts: number[] }>;
}

export interface FeedbackItemText {
  roundId: string;
  from: string;
  to: string;
  parts: Array<{ label: string; text: string }>;
}

export interface FeedbackSection {
  rounds: FeedbackRoundRow[];
  grid: FeedbackGridView;
  /** Present only when the group keeps feedback texts. */
  items?: FeedbackItemText[];
}

const nameOf = (state: SessionState, key: string, w: SummaryWords) =>
  key === GROUP ? w('server.summary.theGroup') : (own(state.participants, key)?.name ?? w('server.summary.someoneWhoLeft'));

function gridView(state: SessionState, w: SummaryWords): FeedbackGridView {
  const { named, anonymous } = state.feedback.grid;
  const keys = new Set<string>(Object.keys(anonymous));
  for (const row of Object.values(named)) for (const k of Object.keys(row)) keys.add(k);
  // Roster order, the group last: the same order on every screen and in every export.
  const ordered = [...state.order.filter((id) => keys.has(id)), ...(keys.has(GROUP) ? [GROUP] : [])];
  const recipients = ordered.map((key) => ({ key, name: nameOf(state, key, w) }));
  const rows: FeedbackGridView['rows'] = state.order
    .filter((id) => named[id])
    .map((id) => ({ giver: id, name: nameOf(state, id, w), counts: ordered.map((k) => named[id]![k] ?? 0) }));
  if (Object.keys(anonymous).length > 0) rows.push({ giver: null, name: w('server.summary.anonymous'), counts: ordered.map((k) => anonymous[k] ?? 0) });
  return { recipients, rows };
}

/** The texts of items that were approved and shown to the group, from the log (ended rounds leave the state). */
function revealedTexts(state: SessionState, events: readonly DomainEvent[], w: SummaryWords): FeedbackItemText[] {
  const labels = new Map<string, string[]>();
  const items = new Map<string, { roundId: string; giverId: string | null; recipient: string; parts: string[]; approved: boolean }>();
  const revealed = new Set<string>();
  for (const e of events) {
    if (e.type === 'feedback:roundStarted') labels.set(e.roundId, e.labels);
    else if (e.type === 'feedback:submitted') items.set(e.itemId, { roundId: e.roundId, giverId: e.giverId, recipient: e.recipient, parts: e.parts, approved: false });
    else if (e.type === 'feedback:screened') {
      const item = items.get(e.itemId);
      if (item) item.approved = e.status === 'approved';
    } else if (e.type === 'feedback:revealed') revealed.add(e.roundId);
  }
  return [...items.values()]
    .filter((i) => i.approved && revealed.has(i.roundId))
    .map((i) => ({
      roundId: i.roundId,
      from: i.giverId === null ? w('server.summary.anonymous') : nameOf(state, i.giverId, w),
      to: nameOf(state, i.recipient, w),
      parts: i.parts.map((text, n) => ({ label: labels.get(i.roundId)?.[n] ?? '', text })),
    }));
}

export function feedbackSection(state: SessionState, events: readonly DomainEvent[], keepTexts: boolean, w: SummaryWords): FeedbackSection {
  const section: FeedbackSection = { rounds: state.feedback.history.map((r) => ({ ...r })), grid: gridView(state, w) };
  if (keepTexts) section.items = revealedTexts(state, events, w);
  return section;
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Feedback rounds: counts, and texts only if the facilitator chose to keep them. */
    feedback: FeedbackSection;
  }
}
