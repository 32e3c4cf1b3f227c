import { fail } from '../errors.js';
import { own } from '../own.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { checkinCommandSchemas } from './schemas.js';
import type { SessionState } from '../domain/state.js';
import { MINIMUM_DEFAULT, normaliseWord, WORD_MAX } from './limits.js';
import type { CheckinFormat } from './schemas.js';
import type { Checkin } from './state.js';
import { activeCheckin, answeredCount } from './state.js';
import type { AnswerValue } from './tally.js';

/** The check-in a command names, if it is the one on screen now. */
function onScreen(state: SessionState, checkinId: string): Checkin | null {
  const c = activeCheckin(state);
  return c && c.id === checkinId ? c : null;
}

const gone = () => fail('not_found', 'That check-in is no longer on screen.');

/** The answer as it will be counted, or why it does not fit the format. The message never repeats the answer. */
function validAnswer(format: CheckinFormat, value: number | string): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  switch (format.kind) {
    case 'scale':
      return typeof value === 'number' ? { ok: true, value } : { ok: false, message: 'Please choose a number from 0 to 10.' };
    case 'choice':
      return typeof value === 'number' && value < format.options.length
        ? { ok: true, value }
        : { ok: false, message: 'Please pick one of the choices shown.' };
    case 'word': {
      const word = typeof value === 'string' ? normaliseWord(value) : null;
      return word ? { ok: true, value: word } : { ok: false, message: `Please write one word of up to ${WORD_MAX} characters.` };
    }
  }
}

export const checkinDeciders: DeciderTable<typeof checkinCommandSchemas> = {
  'checkin:start': (state, { prompt, format, minimum }, _actor, { now, newId }) => {
    if (activeCheckin(state)) return fail('checkin_already_open', 'A check-in is already on screen. Close it before starting another.');
    return accept({ type: 'checkin:started', at: now, checkinId: newId(), prompt, format, minimum: minimum ?? MINIMUM_DEFAULT });
  },

  'checkin:answer': (state, { checkinId, value }, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only members answer check-ins.');
    const c = onScreen(state, checkinId);
    if (!c) return gone();
    if (c.phase !== 'open') return fail('checkin_closed', 'This check-in is no longer taking answers.');
    if (own(c.answered, actor.id)) return fail('already_answered', 'Your answer was already received. Each person answers once.');
    const answer = validAnswer(c.format, value);
    if (!answer.ok) return fail('invalid_payload', answer.message);
    return accept({ type: 'checkin:answered', at: now, checkinId, participantId: actor.id, value: answer.value });
  },

  'checkin:stop': (state, { checkinId }, _actor, { now }) => {
    const c = onScreen(state, checkinId);
    if (!c) return gone();
    if (c.phase !== 'open') return fail('checkin_closed', 'Answers have already stopped for this check-in.');
    return accept({ type: 'checkin:stopped', at: now, checkinId });
  },

  'checkin:reveal': (state, { checkinId }, _actor, { now }) => {
    const c = onScreen(state, checkinId);
    if (!c) return gone();
    if (c.phase === 'revealed') return fail('results_already_shown', 'The results are already showing.');
    const n = answeredCount(c);
    if (n < c.minimum) {
      return fail(
        'too_few_answers',
        `Results are shown only once at least ${c.minimum} people have answered, so nobody can be singled out. So far ${n} ${n === 1 ? 'has' : 'have'}.`,
      );
    }
    return accept({ type: 'checkin:revealed', at: now, checkinId });
  },

  'checkin:close': (state, { checkinId }, _actor, { now }) => {
    const c = onScreen(state, checkinId);
    if (!c) return gone();
    return accept({ type: 'checkin:closed', at: now, checkinId });
  },
};

/**
 * After a restart, the room's check-in that was taking answers (open, or stopped
 * but not revealed) has lost them: they lived only in the old process's memory.
 * Returns the event that starts it over, or no events when nothing was lost.
 */
export function decideAnswersLost(state: SessionState, now: number) {
  const c = activeCheckin(state);
  if (!c || c.phase === 'revealed' || c.phase === 'closed' || answeredCount(c) === 0) return accept();
  return accept({ type: 'checkin:reopened', at: now, checkinId: c.id });
}
