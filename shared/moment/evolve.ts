import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import { own } from '../own.js';
import type { MomentAnswer, MomentRound } from './state.js';
import { currentMoment } from './state.js';

function withRound(state: SessionState, roundId: string, change: (r: MomentRound) => MomentRound): SessionState {
  const round = currentMoment(state);
  if (!round || round.id !== roundId) return state;
  return { ...state, moment: { rounds: [...state.moment.rounds.slice(0, -1), change(round)] } };
}

function withAnswer(round: MomentRound, answerId: string, change: (a: MomentAnswer) => MomentAnswer): MomentRound {
  const answer = own(round.answers, answerId);
  return answer ? { ...round, answers: { ...round.answers, [answerId]: change(answer) } } : round;
}

export function evolveMoment(state: SessionState, e: DomainEvent): SessionState {
  switch (e.type) {
    case 'moment:opened': {
      const round: MomentRound = { id: e.roundId, question: e.question, openedAt: e.at, closedAt: null, answers: {}, skipTags: [], revealOrder: [] };
      return { ...state, moment: { rounds: [...state.moment.rounds, round] } };
    }
    case 'moment:written':
      // A member who skipped may still write: their skip is withdrawn.
      return withRound(state, e.roundId, (r) => ({
        ...r,
        answers: { ...r.answers, [e.answerId]: { id: e.answerId, ownerTag: e.ownerTag, text: e.text, status: 'pending', revealed: false } },
        skipTags: r.skipTags.filter((t) => t !== e.ownerTag),
      }));
    case 'moment:skipped':
      return withRound(state, e.roundId, (r) => ({ ...r, skipTags: [...r.skipTags, e.ownerTag] }));
    case 'moment:screened':
      return withRound(state, e.roundId, (r) => withAnswer(r, e.answerId, (a) => ({ ...a, status: e.status })));
    case 'moment:revealed':
      return withRound(state, e.roundId, (r) => {
        const shown = e.answerIds.reduce((acc, id) => withAnswer(acc, id, (a) => ({ ...a, revealed: true })), r);
        return { ...shown, revealOrder: [...r.revealOrder, ...e.answerIds] };
      });
    case 'moment:closed':
      return withRound(state, e.roundId, (r) => ({ ...r, closedAt: e.at }));
    case 'session:ended':
      // Writing stops with the session.
      return currentMoment(state)?.closedAt === null ? withRound(state, currentMoment(state)!.id, (r) => ({ ...r, closedAt: e.at })) : state;
    default:
      return state;
  }
}
