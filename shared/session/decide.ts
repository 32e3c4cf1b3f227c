import { fail } from '../errors.js';
import { own } from '../own.js';
import { sameName } from '../text.js';
import type { Decision, DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { sessionCommandSchemas } from './schemas.js';
import type { SessionState } from '../domain/state.js';
import type { Presence, Role } from './state.js';

function findMember(state: SessionState, id: string) {
  const p = own(state.participants, id);
  return p && p.role === 'member' ? p : undefined;
}

export const sessionDeciders: DeciderTable<typeof sessionCommandSchemas> = {
  'session:admit': (state, { participantId }, _actor, { now }) => {
    const p = findMember(state, participantId);
    if (!p) return fail('not_found', 'That person is not in this session.');
    if (p.admission !== 'waiting') return fail('conflict', `${p.name} is no longer waiting.`);
    return accept({ type: 'participant:admitted', at: now, id: p.id });
  },
  'session:decline': (state, { participantId }, _actor, { now }) => {
    const p = findMember(state, participantId);
    if (!p) return fail('not_found', 'That person is not in this session.');
    if (p.admission !== 'waiting') return fail('conflict', `${p.name} is no longer waiting.`);
    return accept({ type: 'participant:declined', at: now, id: p.id });
  },
  'session:remove': (state, { participantId }, _actor, { now }) => {
    const p = findMember(state, participantId);
    if (!p) return fail('not_found', 'Only members can be removed, and that person is not one.');
    if (p.admission === 'removed') return fail('conflict', `${p.name} was already removed.`);
    return accept({ type: 'participant:removed', at: now, id: p.id });
  },
  'session:setWaitingRoom': (state, { enabled }, _actor, { now }) => {
    if (state.waitingRoom === enabled) return accept();
    return accept({ type: 'waitingRoom:set', at: now, enabled });
  },
  'session:end': (_state, _payload, _actor, { now }) => accept({ type: 'session:ended', at: now }),
  'session:leave': (state, _payload, actor, { now }) => {
    if (actor.kind !== 'participant') return fail('forbidden', 'Only a participant can leave.');
    const p = own(state.participants, actor.id);
    if (!p || p.presence === 'left') return accept();
    return accept({ type: 'presence:changed', at: now, id: actor.id, presence: 'left' });
  },
};

/** A person asks to join (server-side, after the join code or invite was checked). */
export function decideJoin(
  state: SessionState,
  input: { id: string; name: string; role: Exclude<Role, 'facilitator'> },
  now: number,
): Decision {
  if (state.endedAt !== null) return fail('session_ended', 'This session has ended.');
  const taken = Object.values(state.participants).some(
    (p) => sameName(p.name, input.name) && (p.admission === 'admitted' || p.admission === 'waiting') && !(p.carried && p.present.length === 0),
  );
  if (taken) return fail('conflict', 'Someone in this session already uses that name. Please add an initial or choose another.');
  const admission = input.role === 'member' && state.waitingRoom ? 'waiting' : 'admitted';
  return accept({ type: 'participant:joined', at: now, id: input.id, name: input.name, role: input.role, admission });
}

/** Connection changes, decided by the server as sockets come and go. */
export function decidePresence(state: SessionState, id: string, presence: Presence, now: number): Decision {
  const p = own(state.participants, id);
  if (!p) return fail('not_found', 'Unknown participant.');
  if (p.presence === presence || p.admission === 'removed' || p.admission === 'declined') return accept();
  // After the end, presence no longer moves anyone's recorded time.
  if (state.endedAt !== null) return accept();
  return accept({ type: 'presence:changed', at: now, id, presence });
}
