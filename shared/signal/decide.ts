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
  /**
   * The signal goes on the first tap; words may follow while it is still open.
   * Once a facilitator has seen it, new words would go unnoticed: the member is
   * told so and can send a new signal instead.
   */
  'signal:addWords': (state, { text }, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only a member can send this.');
    const signal = own(state.signals, actor.id);
    if (!signal) return fail('not_found', 'Send "I need a moment" first; you can add words after.');
    if (!isOpen(signal)) return fail('conflict', 'The facilitators have already seen your message. You can send a new one.');
    const words = text ? text : null;
    if (words === signal.text) return accept();
    return accept({ type: 'signal:wordsAdded', at: now, memberId: actor.id, text: words });
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
