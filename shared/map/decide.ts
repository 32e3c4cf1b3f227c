import { fail } from '../errors.js';
import { own } from '../own.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { SessionState } from '../domain/state.js';
import { isPresent } from '../session/state.js';
import { CROSSTALK, openInterval } from '../talk/intervals.js';
import type { mapCommandSchemas } from './schemas.js';
import { MAP_GROUP, addresseeOf } from './state.js';

/** Whether `to` may be addressed by `speaker`: the group, or anyone else in the room now. */
function mayBeAddressed(state: SessionState, speaker: string, to: string): boolean {
  if (to === MAP_GROUP) return true;
  const p = own(state.participants, to);
  return to !== speaker && !!p && isPresent(p);
}

export const mapDeciders: DeciderTable<typeof mapCommandSchemas> = {
  'map:address': (state, { to }, _actor, { now }) => {
    const open = openInterval(state.talk.tracked);
    if (!open) return fail('nobody_tracked', 'Tap who is speaking first; then tap whom they respond to.');
    if (open.participantId === CROSSTALK) return fail('nobody_tracked', 'Cross-talk has no one speaker to record a response for.');
    if (addresseeOf(state.map, open.participantId, open.from) === to) return accept();
    if (to !== null && !mayBeAddressed(state, open.participantId, to)) {
      if (to === open.participantId) return fail('invalid_payload', 'A person cannot respond to themselves here.');
      return own(state.participants, to)
        ? fail('member_not_present', `${own(state.participants, to)!.name} is not in the room now.`)
        : fail('not_found', 'That person is not in this session.');
    }
    return accept({ type: 'map:addressed', at: now, speaker: open.participantId, since: open.from, to });
  },
};
