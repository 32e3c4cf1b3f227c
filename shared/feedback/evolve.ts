import { assertNever } from '../errors.js';
import { own } from '../own.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import type { FeedbackEvent } from './events.js';
import { FEEDBACK_EVENT_TYPES } from './events.js';
import { evolveSharedMarks } from './shared-marks.js';
import type { FeedbackGrid, FeedbackItem, FeedbackRound, FeedbackState } from './state.js';

function isFeedbackEvent(e: DomainEvent): e is FeedbackEvent {
  return FEEDBACK_EVENT_TYPES.has(e.type);
}

function withRound(state: SessionState, roundId: string, change: (r: FeedbackRound) => FeedbackRound): SessionState {
  const round = state.feedback.round;
  if (!round || round.id !== roundId) return state;
  return { ...state, feedback: { ...state.feedback, round: change(round) } };
}

function withItem(round: FeedbackRound, itemId: string, change: (i: FeedbackItem) => FeedbackItem): FeedbackRound {
  const item = own(round.items, itemId);
  return item ? { ...round, items: { ...round.items, [itemId]: change(item) } } : round;
}

/** Revealed, approved items join the session's who-gave-to-whom counts. */
function countRevealed(grid: FeedbackGrid, round: FeedbackRound): FeedbackGrid {
  const named = { ...grid.named };
  const anonymous = { ...grid.anonymous };
  for (const item of Object.values(round.items)) {
    if (item.status !== 'approved') continue;
    if (item.giverId === null) {
      anonymous[item.recipient] = (anonymous[item.recipient] ?? 0) + 1;
    } else {
      const row = { ...named[item.giverId] };
      row[item.recipient] = (row[item.recipient] ?? 0) + 1;
      named[item.giverId] = row;
    }
  }
  return { named, anonymous };
}

function endRound(f: FeedbackState, at: number): FeedbackState {
  const r = f.round;
  if (!r) return f;
  const items = Object.values(r.items);
  return {
    ...f,
    round: null,
    history: [
      ...f.history,
      {
        id: r.id,
        mode: r.mode,
        attribution: r.attribution,
        startedAt: r.startedAt,
        endedAt: at,
        submitted: items.length,
        approved: items.filter((i) => i.status === 'approved').length,
      },
    ],
  };
}

export function evolveFeedback(state: SessionState, e: DomainEvent): SessionState {
  // A session that ends closes its open round; drafts go with it.
  if (e.type === 'session:ended') return { ...state, feedback: endRound(state.feedback, e.at) };
  if (!isFeedbackEvent(e)) return state;
  switch (e.type) {
    case 'feedback:roundStarted': {
      const round: FeedbackRound = {
        id: e.roundId,
        mode: e.mode,
        focusId: e.focusId,
        focusAnswer: e.mode === 'hotSeat' ? 'asked' : null,
        labels: e.labels,
        attribution: e.attribution,
        startedAt: e.at,
        writeUntil: e.writeUntil,
        phase: e.mode === 'hotSeat' ? 'consent' : 'writing',
        revealedAt: null,
        items: {},
        drafts: {},
      };
      return { ...state, feedback: { ...state.feedback, round } };
    }
    case 'feedback:focusChanged':
      return withRound(state, e.roundId, (r) => ({ ...r, focusId: e.focusId, focusAnswer: 'asked' }));
    case 'feedback:focusAnswered':
      return withRound(state, e.roundId, (r) => ({
        ...r,
        focusAnswer: e.open ? 'open' : 'notNow',
        phase: e.open ? 'writing' : 'consent',
        // The time to write starts when writing can start.
        writeUntil: e.open && r.writeUntil !== null ? e.at + (r.writeUntil - r.startedAt) : r.writeUntil,
      }));
    case 'feedback:draftSaved':
      return withRound(state, e.roundId, (r) => ({
        ...r,
        drafts: { ...r.drafts, [e.draftTag]: { recipient: e.recipient, parts: e.parts } },
      }));
    case 'feedback:submitted':
      return withRound(state, e.roundId, (r) => {
        const drafts = { ...r.drafts };
        delete drafts[e.draftTag];
        const item: FeedbackItem = {
          id: e.itemId,
          roundId: e.roundId,
          recipient: e.recipient,
          giverId: e.giverId,
          ownerTag: e.ownerTag,
          parts: e.parts,
          status: 'pending',
          note: null,
          resonates: [],
        };
        return { ...r, drafts, items: { ...r.items, [e.itemId]: item } };
      });
    case 'feedback:screened':
      return withRound(state, e.roundId, (r) => withItem(r, e.itemId, (i) => ({ ...i, status: e.status, note: e.note })));
    case 'feedback:revealed': {
      const next = withRound(state, e.roundId, (r) => ({ ...r, phase: 'revealed', revealedAt: e.at, drafts: {} }));
      const round = next.feedback.round;
      if (!round || round === state.feedback.round) return next;
      return { ...next, feedback: { ...next.feedback, grid: countRevealed(next.feedback.grid, round) } };
    }
    case 'feedback:resonated':
      return withRound(state, e.roundId, (r) =>
        withItem(r, e.itemId, (i) => ({
          ...i,
          resonates: e.resonates ? [...i.resonates.filter((m) => m !== e.memberId), e.memberId] : i.resonates.filter((m) => m !== e.memberId),
        })),
      );
    case 'feedback:roundEnded':
      return state.feedback.round?.id === e.roundId ? { ...state, feedback: endRound(state.feedback, e.at) } : state;
    case 'feedback:marksShared':
      return evolveSharedMarks(state, e);
    default:
      return assertNever(e, 'feedback event');
  }
}
