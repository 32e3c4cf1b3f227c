import { createHash } from 'node:crypto';
import type { Actor } from '../../shared/domain/actor.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { Person } from './domain-room.js';
import { newSession, withPeople } from './domain-room.js';
import { T0, fac, member as memberActor, must as ok } from './domain.js';

/** Unit-test helpers for feedback: a room with Dana (facilitator), Chris (co) and members, pure reducer calls. */
export { T0, codeOf, co, ctx, fac, must as ok, run } from './domain.js';

/** Stands in for the server's token-derived tagger: a different secret per person. */
export function taggerFor(secret: string) {
  return (label: string) => createHash('sha256').update(`${secret}:${label}`).digest('hex').slice(0, 32);
}

/** A member whose anonymous items carry their own owner tag, as the server gives each connection. */
export function member(id: string): Actor {
  return { ...memberActor(id), ownerTag: taggerFor(`token-of-${id}`) };
}

export function room(memberIds: string[] = ['ann', 'bo', 'cy', 'dee']): SessionState {
  const people: Person[] = [
    { id: 'co', name: 'Co', role: 'cofacilitator' },
    ...memberIds.map((id): Person => ({ id, name: id[0]!.toUpperCase() + id.slice(1), role: 'member' })),
  ];
  return withPeople(newSession(T0), people, T0);
}

export const WFW = ['When you…', 'I felt…', 'I wonder…'];

export function started(
  opts: { mode?: 'hotSeat' | 'pairs' | 'group'; focusId?: string; anonymous?: boolean; minutes?: number; labels?: string[] } = {},
  state = room(),
): SessionState {
  const mode = opts.mode ?? 'hotSeat';
  return ok(
    state,
    {
      type: 'feedback:start',
      payload: {
        mode,
        focusId: mode === 'hotSeat' ? (opts.focusId ?? 'ann') : undefined,
        labels: opts.labels ?? WFW,
        anonymous: opts.anonymous ?? false,
        minutes: opts.minutes,
      },
    },
    fac,
  );
}

/** A hot-seat round on Ann that she has opened. */
export function writing(opts: { anonymous?: boolean } = {}): SessionState {
  return ok(started({ ...opts, focusId: 'ann' }), { type: 'feedback:answerFocus', payload: { open: true } }, member('ann'));
}

export function submit(state: SessionState, giver: string, parts = ['you laughed', 'warm', 'what it is like'], recipient: string | null = null) {
  return ok(state, { type: 'feedback:submit', payload: { recipient, parts } }, member(giver));
}

export function screen(state: SessionState, itemId: string, decision: 'approve' | 'holdBack', note?: string) {
  return ok(state, { type: 'feedback:screen', payload: { itemId, decision, note } }, fac);
}

export function itemIds(state: SessionState): string[] {
  return Object.keys(state.feedback.round?.items ?? {});
}
