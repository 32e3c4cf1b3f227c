import type { Command } from '../../shared/commands.js';
import { fail } from '../../shared/errors.js';
import type { Ack } from '../../shared/errors.js';
import type { CommandAck } from '../../shared/protocol.js';
import type { Actor, DecideContext } from '../../shared/session/actor.js';
import type { Decision } from '../../shared/session/decision.js';
import type { DomainEvent } from '../../shared/session/events.js';
import { decideAnswersLost } from '../../shared/checkins/decide.js';
import { activeCheckin, answeredCount } from '../../shared/checkins/state.js';
import { decide, replay } from '../../shared/session/reducer.js';
import { redactForLog, sealedRecords, stripSealed } from '../../shared/session/sealed.js';
import { decideJoin, decidePresence } from '../../shared/session/session-decide.js';
import type { Role, SessionState } from '../../shared/session/state.js';
import { newId, newToken, hashToken, ownerTagger } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import type { AttuneServer, AttuneSocket } from '../socket/types.js';
import { ViewFanout } from './fanout.js';

/**
 * One live session. Owns the state; runs every change the same way: decide
 * (pure), commit to the store (durable), then publish views and acknowledge.
 * Node runs each call to completion, so commands in a room never interleave.
 */
export class Room {
  private readonly fanout: ViewFanout;
  private readonly graceTimers = new Map<string, NodeJS.Timeout>();
  private lastActivity: number;

  constructor(
    private readonly deps: Deps,
    io: AttuneServer,
    private state: SessionState,
  ) {
    this.fanout = new ViewFanout(io, state.sessionId, state);
    this.lastActivity = deps.clock.now();
  }

  idleFor(now: number): number {
    return now - this.lastActivity;
  }

  get sessionId(): string {
    return this.state.sessionId;
  }

  get current(): SessionState {
    return this.state;
  }

  get connectedCount(): number {
    return this.fanout.size;
  }

  get hasPendingTimers(): boolean {
    return this.graceTimers.size > 0;
  }

  /** Open check-in answers live only in this process's memory: unloading the room would lose them. */
  get holdsAnswersInMemory(): boolean {
    const c = activeCheckin(this.state);
    return !!c && (c.phase === 'open' || c.phase === 'stopped') && answeredCount(c) > 0;
  }

  private context(): DecideContext {
    return { now: this.deps.clock.now(), random: this.deps.random, newId };
  }

  /** `ownerKey` comes from the connection (never from the state) so anonymous items can be recognised by their writer only. */
  actorFor(participantId: string, ownerKey?: string): Actor {
    const p = this.state.participants[participantId];
    const ownerTag = ownerKey ? ownerTagger(ownerKey) : undefined;
    return p ? { kind: 'participant', id: p.id, role: p.role, ownerTag } : { kind: 'participant', id: participantId, role: 'member', ownerTag };
  }

  /** A command from a socket, already parsed by its schema. */
  run(command: Command, actor: Actor): CommandAck {
    const result = this.apply(decide(this.state, command, actor, this.context()));
    // The sender's own version, never the room's: the room's counts changes they may not see.
    return result.ok && actor.kind === 'participant' ? { ok: true, v: this.fanout.versionOf(this.state, actor.id) } : result;
  }

  /** A new member or co-facilitator; returns their credential. */
  join(name: string, role: Exclude<Role, 'facilitator'>): Ack<{ participantId: string; token: string }> {
    const participantId = newId();
    const token = newToken();
    const result = this.apply(decideJoin(this.state, { id: participantId, name, role }, this.deps.clock.now()), {
      tokenHash: hashToken(token),
      participantId,
    });
    return result.ok ? { ok: true, participantId, token } : result;
  }

  /**
   * Just loaded from the store: answers given to a check-in that was still taking
   * them were held only by the process that stopped. Start that check-in over, so
   * people can answer again; the room tells them why.
   */
  recoverLostAnswers(): void {
    const result = this.apply(decideAnswersLost(this.state, this.deps.clock.now()));
    if (!result.ok) this.deps.logger.warn({ code: result.error.code }, 'check-in reopen refused');
  }

  /** After a restart nobody is connected yet: show everyone as reconnecting, and let the grace period decide. */
  markAllReconnecting(): void {
    for (const p of Object.values(this.state.participants)) {
      if (p.presence === 'online') this.setPresence(p.id, 'reconnecting');
      if (p.presence !== 'left') this.startGrace(p.id);
    }
  }

  attach(socket: AttuneSocket, participantId: string): void {
    this.clearGrace(participantId);
    if (this.fanout.socketsOf(participantId).size === 0) this.setPresence(participantId, 'online');
    this.fanout.add(socket, this.state, participantId, this.deps.clock.now());
  }

  detach(socket: AttuneSocket, participantId: string): void {
    const wasLast = this.fanout.remove(socket, participantId);
    const p = this.state.participants[participantId];
    if (!wasLast || !p || p.presence === 'left') return;
    this.setPresence(participantId, 'reconnecting');
    this.startGrace(participantId);
  }

  fullView(participantId: string) {
    return this.fanout.fullMessage(this.state, participantId, this.deps.clock.now());
  }

  /** Stops timers; the state is already on disk. */
  close(): void {
    for (const t of this.graceTimers.values()) clearTimeout(t);
    this.graceTimers.clear();
  }

  private setPresence(participantId: string, presence: 'online' | 'reconnecting' | 'left'): void {
    const result = this.apply(decidePresence(this.state, participantId, presence, this.deps.clock.now()));
    if (!result.ok) this.deps.logger.warn({ code: result.error.code }, 'presence change refused');
  }

  private startGrace(participantId: string): void {
    this.clearGrace(participantId);
    const timer = setTimeout(() => {
      this.graceTimers.delete(participantId);
      if (this.fanout.socketsOf(participantId).size === 0) this.setPresence(participantId, 'left');
    }, this.deps.config.reconnectGraceMs);
    timer.unref();
    this.graceTimers.set(participantId, timer);
  }

  private clearGrace(participantId: string): void {
    const t = this.graceTimers.get(participantId);
    if (t) clearTimeout(t);
    this.graceTimers.delete(participantId);
  }

  /** Durable before visible: commit, then publish, then the caller acknowledges. */
  private apply(decision: Decision, credential?: { tokenHash: string; participantId: string }): CommandAck {
    if (!decision.ok) return decision;
    const events: DomainEvent[] = decision.events;
    if (events.length === 0) return { ok: true, v: this.state.v };
    const before = this.state;
    const next = replay(events, before);
    const every = this.deps.config.snapshotEvery;
    try {
      this.deps.store.commit({
        sessionId: before.sessionId,
        fromV: before.v,
        events: events.map(redactForLog),
        sealed: sealedRecords(next, events),
        credential,
        snapshot: Math.floor(next.v / every) > Math.floor(before.v / every) ? stripSealed(next) : undefined,
        endedAt: before.endedAt === null && next.endedAt !== null ? next.endedAt : undefined,
      });
    } catch (err) {
      this.deps.logger.error({ err }, 'commit failed; command not applied');
      return fail('internal', 'The change could not be saved. Please try again.');
    }
    this.state = next;
    this.lastActivity = this.deps.clock.now();
    this.fanout.publish(next, this.deps.clock.now());
    this.dropRevoked(before, next);
    return { ok: true, v: next.v };
  }

  /** People removed or turned away have been shown so; now their sockets close and their token stops working. */
  private dropRevoked(before: SessionState, next: SessionState): void {
    for (const id of this.fanout.connectedIds()) {
      const was = before.participants[id]?.admission;
      const now = next.participants[id]?.admission;
      if (was !== now && (now === 'removed' || now === 'declined')) {
        for (const s of [...this.fanout.socketsOf(id)]) s.disconnect(true);
      }
    }
  }
}
