import type { Command } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import { creationEvents, reduce, replay } from '../../shared/domain/reducer.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import type { Presence } from '../../shared/session/state.js';
import type { SessionState } from '../../shared/domain/state.js';
import { MIN, T0, ctx, fac, member } from './domain.js';

/**
 * Records a short session as the server would: every accepted event appended
 * to a log. Tests then replay the log and build the summary from it.
 */
export { MIN, T0, fac, member } from './domain.js';

export class Recorder {
  readonly log: DomainEvent[] = [];
  state: SessionState;

  constructor(sessionId = 's1', at = T0) {
    this.log.push(
      ...creationEvents({
        sessionId,
        groupId: 'g1',
        groupName: 'Tuesday group',
        joinCode: 'ABCDEF',
        agreement: 'Be kind.',
        waitingRoom: false,
        facilitatorId: 'fac',
        facilitatorName: 'Dana',
        now: at,
      }),
    );
    this.state = replay(this.log);
    this.presence('fac', 'online', at);
  }

  private apply(events: DomainEvent[]): void {
    this.log.push(...events);
    this.state = replay(events, this.state);
  }

  join(id: string, name: string, at: number): void {
    const j = decideJoin(this.state, { id, name, role: 'member' }, at);
    if (!j.ok) throw new Error(j.error.message);
    this.apply(j.events);
    this.presence(id, 'online', at);
  }

  presence(id: string, presence: Presence, at: number): void {
    const p = decidePresence(this.state, id, presence, at);
    if (!p.ok) throw new Error(p.error.message);
    this.apply(p.events);
  }

  run(command: Command, actor: Actor, at: number): void {
    const r = reduce(this.state, command, actor, ctx(at));
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    this.apply(r.events);
  }

  /** A scale check-in answered by the given members, revealed, then closed. */
  scaleCheckin(prompt: string, answers: Record<string, number>, at: number): void {
    this.run({ type: 'checkin:start', payload: { prompt, format: { kind: 'scale', low: 'low', high: 'high' } } }, fac, at);
    const id = this.state.checkins.activeId!;
    for (const [who, value] of Object.entries(answers)) this.run({ type: 'checkin:answer', payload: { checkinId: id, value } }, member(who), at + 1000);
    this.run({ type: 'checkin:reveal', payload: { checkinId: id } }, fac, at + 2 * MIN);
    this.run({ type: 'checkin:close', payload: { checkinId: id } }, fac, at + 3 * MIN);
  }

  end(at: number): void {
    this.run({ type: 'session:end', payload: {} }, fac, at);
  }
}

/** The reference session: Ann stays 60 min, Bo leaves after 30, Cy is removed; one scale and one word check-in. */
export function recordedSession(sessionId = 's1', at = T0): Recorder {
  const r = new Recorder(sessionId, at);
  r.join('ann', 'Ann', at + 1 * MIN);
  r.join('bo', 'Bo', at + 2 * MIN);
  r.join('cy', 'Cy', at + 3 * MIN);
  r.scaleCheckin('How are you arriving?', { ann: 4, bo: 6, cy: 8 }, at + 5 * MIN);
  r.run({ type: 'checkin:start', payload: { prompt: 'One word', format: { kind: 'word' } } }, fac, at + 10 * MIN);
  r.run({ type: 'turns:give', payload: { participantId: 'ann', expectedTurn: 0 } }, fac, at + 12 * MIN);
  r.run({ type: 'turns:give', payload: { participantId: 'bo', expectedTurn: 1 } }, fac, at + 15 * MIN);
  r.run({ type: 'turns:endTurn', payload: { expectedTurn: 2 } }, member('bo'), at + 17 * MIN);
  r.run({ type: 'signal:send', payload: { text: 'too much' } }, member('cy'), at + 18 * MIN);
  r.run({ type: 'signal:acknowledge', payload: { memberId: 'cy' } }, fac, at + 19 * MIN);
  r.run({ type: 'break:start', payload: { minutes: 5 } }, fac, at + 20 * MIN);
  r.run({ type: 'break:end', payload: {} }, fac, at + 24 * MIN);
  r.presence('bo', 'left', at + 32 * MIN);
  r.run({ type: 'session:remove', payload: { participantId: 'cy' } }, fac, at + 40 * MIN);
  r.end(at + 61 * MIN);
  return r;
}
