import type { SessionState } from '../session/state.js';
import type { TalkMetrics } from './metrics.js';
import { talkMetrics } from './metrics.js';
import { talkInputFromState } from './state.js';

/**
 * The dashboard's figures, kept with the session: the summary calls this on the
 * final state (or any state) and gets exactly what the facilitators saw, at the
 * session's end (or at its latest event while it still runs).
 */
export function talkSummary(state: SessionState): TalkMetrics {
  return talkMetrics(talkInputFromState(state), state.endedAt ?? state.talk.asOf);
}
