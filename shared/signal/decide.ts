import { fail } from '../errors.js';
import { own } from '../own.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { signalCommandSchemas } from './schemas.js';
import { isOpen } from './state.js';

export const signalDeciders: DeciderTable<typeof signalCommandSchemas> = {
  /**
   * One open signal per member. A second one is refused rather than merged:
   * the facilitators' notice then never changes under their eyes, and the
   * member's screen already says the first is on its way.
   */
  'signal:send': (state, { text }, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only a member can send this.');
    if (isOpen(own(state.signals, actor.id))) {
      return fail('conflict', 'Your message is already with the facilitators. They will see it soon.');
    }
    return accept({ type: 'signal:sent', at: now, memberId: actor.id, text: text ? text : null });
  },
  /** Acknowledging twice (two facilitators at once) is harmless: the second changes nothing. */
  'signal:acknowledge': (state, { memberId }, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only a facilitator can acknowledge.');
    const signal = own(state.signals, memberId);
    if (!signal) return fail('not_found', 'There is no signal from that person.');
    if (!isOpen(signal)) return accept();
    return accept({ type: 'signal:acknowledged', at: now, memberId, by: actor.id });
  },
};
