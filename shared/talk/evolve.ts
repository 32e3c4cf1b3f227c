import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import { closeOpen, openInterval } from './intervals.js';
import type { TalkState, TrackerInterval } from './state.js';

/**
 * Keeps the tracker's intervals consistent. Besides its own events it reacts to
 * the room's: an open interval closes when its speaker leaves or is removed,
 * when the floor changes, when a break starts and when the session ends, so no
 * interval runs on unseen. Runs after turn-taking's evolver, so `state.turns`
 * already shows the floor after this event.
 */
export function evolveTalk(state: SessionState, e: DomainEvent): SessionState {
  const talk = state.talk;
  let next = nextTalk(talk, e);
  if (state.turns.turn !== talk.floorTurn) next = { ...closeTracked(next, e.at), floorTurn: state.turns.turn };
  return next === talk ? state : { ...state, talk: next };
}

function nextTalk(talk: TalkState, e: DomainEvent): TalkState {
  switch (e.type) {
    case 'talk:tracked': {
      const closed = closeOpen(talk.tracked, e.at);
      const tracked: TrackerInterval[] =
        e.speaker === null ? closed : [...closed, { participantId: e.speaker, from: e.at, to: null, source: 'tracker' }];
      return { ...talk, tracked };
    }
    case 'talk:groupViewSet':
      return { ...talk, groupViewShared: e.shared };
    case 'presence:changed':
      return e.presence === 'left' ? closeIfSpeaking(talk, e.id, e.at) : talk;
    case 'participant:removed':
      return closeIfSpeaking(talk, e.id, e.at);
    case 'break:started':
    case 'session:ended':
      return closeTracked(talk, e.at);
    default:
      return talk;
  }
}

function closeTracked(talk: TalkState, at: number): TalkState {
  return openInterval(talk.tracked) ? { ...talk, tracked: closeOpen(talk.tracked, at) } : talk;
}

function closeIfSpeaking(talk: TalkState, id: string, at: number): TalkState {
  return openInterval(talk.tracked)?.participantId === id ? closeTracked(talk, at) : talk;
}
