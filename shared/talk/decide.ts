import { fail } from '../errors.js';
import { own } from '../own.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { talkCommandSchemas } from './schemas.js';
import type { SessionState } from '../domain/state.js';
import { activeBreak } from '../break/state.js';
import { isPresent } from '../session/state.js';
import { CROSSTALK, openInterval } from './intervals.js';

/** Who the tracker shows speaking now, or null. */
export function trackedSpeaker(state: SessionState): string | null {
  return openInterval(state.talk.tracked)?.participantId ?? null;
}

/**
 * What a tap on the tracker means: tapping the person already shown as speaking
 * stops; tapping anyone else switches to them. The client sends the result, so
 * the command itself stays idempotent.
 */
export function tapIntent(current: string | null, tapped: string | null): string | null {
  return tapped !== null && tapped === current ? null : tapped;
}

/** Whether `id` may be shown as speaking: cross-talk, or anyone in the room now. */
export function mayBeTracked(state: SessionState, id: string): boolean {
  if (id === CROSSTALK) return true;
  const p = own(state.participants, id);
  return !!p && isPresent(p);
}

export const talkDeciders: DeciderTable<typeof talkCommandSchemas> = {
  'talk:track': (state, { speaker }, _actor, { now }) => {
    if (speaker === trackedSpeaker(state)) return accept();
    if (speaker !== null) {
      if (activeBreak(state, now)) return fail('on_break', 'The group is on a break. Tracking picks up again after it.');
      if (!mayBeTracked(state, speaker)) {
        return own(state.participants, speaker)
          ? fail('member_not_present', `${own(state.participants, speaker)!.name} is not in the room now.`)
          : fail('not_found', 'That person is not in this session.');
      }
    }
    return accept({ type: 'talk:tracked', at: now, speaker });
  },
  'talk:shareGroupView': (state, { shared }, _actor, { now }) => {
    if (state.talk.groupViewShared === shared) return accept();
    return accept({ type: 'talk:groupViewSet', at: now, shared });
  },
};
