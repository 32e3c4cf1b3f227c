import type { Command } from '../../shared/commands.js';
import { OwnershipLost } from '../cluster/ownership.js';
import type { Ack } from '../../shared/errors.js';
import type { CommandAck } from '../../shared/protocol.js';
import type { Actor, DecideContext, OwnerTagger } from '../../shared/domain/actor.js';
import type { Decision } from '../../shared/domain/decision.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import { decide, replay } from '../../shared/domain/reducer.js';
import { decideSealedLost, holdsSealedInMemory, hydrateSealed, redactForLog, sealedRecords, stripSealed } from '../../shared/domain/sealed.js';
import { decideJoin, decidePresence } from '../../shared/session/decide.js';
import type { Role } from '../../shared/session/state.js';
import type { SessionState } from '../../shared/domain/state.js';
import { newId, newToken, hashToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import type { AttuneServer, AttuneSocket } from '../socket/types.js';
import { ViewFanout } from './fanout.js';
import { commitFailed, sessionMoved } from './commit-answers.js';

/**
 * One live session. Owns the state; runs every change the same way: decide
 * (pure, at once, against the latest decided state), commit to the store, and
 * once the commit is durable publish views and acknowledge.
 *
 * Pipelined: a room keeps deciding while earlier commits are being written, so
 * it holds two states. `state` is every change decided so far; `durable` is
 * what the store has confirmed, and the only state anyone ever sees (views,
 * acks, `current`). Commits resolve in order, so `durable` moves forward one
 * decided state at a time. A failed commit fails that command (and every later
 * one already decided on top of it, which the store refuses as a version
 * clash); when nothing is left in flight the room reloads from the store.
 */
export class Room {
  private readonly fanout: ViewFanout;
  private readonly graceTimers = new Map<string, NodeJS.Timeout>();
  private lastActivity: number;
  /** Every change decided so far (ahead of `durable` while commits are in flight). */
  private state: SessionState;
  /** What the store has confirmed: the only state anyone sees. */
  private durable: SessionState;
  /** The last commit in flight, settled (never rejects); the next one publishes after it. */
  private tail: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  /** Set by a failed commit: the room reloads from the store once nothing is in flight. */
  private broken = false;
  /** Set from a failed commit until the reload is done; new decisions wait for it. */
  private reloading: Promise<void> | null = null;
  private reloaded: () => void = () => {};
  /** Another node owns the session now (server/cluster/): this room decides and writes nothing more. */
  private givenUp = false;

  constructor(
    private readonly deps: Deps,
    io: AttuneServer,
    state: SessionState,
  ) {
    this.state = state;
    this.durable = state;
    this.fanout = new ViewFanout(io, state.sessionId, state, !!deps.cluster);
    this.lastActivity = deps.clock.now();
  }

  idleFor(now: number): number {
    return now - this.lastActivity;
  }

  get sessionId(): string {
    return this.state.sessionId;
  }

  /** The durable state: what everyone may see. */
  get current(): SessionState {
    return this.durable;
  }

  /** Resolves once every commit decided so far has settled (and any reload after a failure is done). */
  async settled(): Promise<void> {
    await this.tail;
    if (this.reloading) await this.reloading;
  }

  get connectedCount(): number {
    return this.fanout.size;
  }

  get hasPendingTimers(): boolean {
    return this.graceTimers.size > 0;
  }

  /** Open anonymous answers (check-ins, measures) live only in this process's memory: unloading the room would lose them. */
  get holdsAnswersInMemory(): boolean {
    return holdsSealedInMemory(this.state);
  }

  private context(): DecideContext {
    return { now: this.deps.clock.now(), random: this.deps.random, newId };
  }

  /** `ownerTag` comes from the connection's owner key (never the state): anonymous items are recognised by their writer only. */
  actorFor(participantId: string, ownerTag?: OwnerTagger): Actor {
    const p = this.state.participants[participantId];
    return p ? { kind: 'participant', id: p.id, role: p.role, ownerTag } : { kind: 'participant', id: participantId, role: 'member', ownerTag };
  }

  /** A command from a socket, already parsed by its schema. */
  async run(command: Command, actor: Actor): Promise<CommandAck> {
    const result = await this.apply(() => decide(this.state, command, actor, this.context()));
    // The sender's own version, never the room's: the room's counts changes they may not see.
    return result.ok && actor.kind === 'participant' ? { ok: true, v: this.fanout.versionOf(this.durable, actor.id) } : result;
  }

  /** A new member or co-facilitator; returns their credential once it is durable. */
  async join(name: string, role: Exclude<Role, 'facilitator'>): Promise<Ack<{ participantId: string; token: string }>> {
    const participantId = newId();
    const token = newToken();
    const result = await this.apply(() => decideJoin(this.state, { id: participantId, name, role }, this.deps.clock.now()), {
      tokenHash: hashToken(token),
      participantId,
    });
    return result.ok ? { ok: true, participantId, token } : result;
  }

  /**
   * Just loaded from the store: answers given to a check-in or an anonymous measure
   * that was still taking them were held only by the process that stopped. Start it
   * over, so people can answer again; the room tells them why.
   */
  async recoverLostAnswers(): Promise<void> {
    const result = await this.apply(() => decideSealedLost(this.state, this.deps.clock.now()));
    if (!result.ok) this.deps.logger.warn({ code: result.error.code }, 'reopen after lost answers refused');
  }

  /** After a restart nobody is connected yet: show everyone as reconnecting, and let the grace period decide. */
  markAllReconnecting(): void {
    for (const p of Object.values(this.state.participants)) {
      if (p.presence === 'online') void this.setPresence(p.id, 'reconnecting');
      if (p.presence !== 'left') this.startGrace(p.id);
    }
  }

  /** Shows the person online (once that is durable), then sends this socket its full view. */
  async attach(socket: AttuneSocket, participantId: string): Promise<void> {
    // Given up (another node owns the session) before or while this socket arrived: the registry
    // closed the sockets it knew of, not this one. Close it too, so it reconnects to the owner.
    if (this.givenUp) return void socket.conn.close();
    this.clearGrace(participantId);
    if (this.fanout.socketsOf(participantId).size === 0) await this.setPresence(participantId, 'online');
    if (this.givenUp) return void socket.conn.close();
    if (socket.disconnected) {
      // Gone while the presence was being written: nobody will detach it, so do what detach would.
      if (this.fanout.socketsOf(participantId).size === 0) this.markAway(participantId);
      return;
    }
    this.fanout.add(socket, this.durable, participantId, this.deps.clock.now());
  }

  detach(socket: AttuneSocket, participantId: string): void {
    const wasLast = this.fanout.remove(socket, participantId);
    if (wasLast) this.markAway(participantId);
  }

  private markAway(participantId: string): void {
    const p = this.state.participants[participantId];
    if (!p || p.presence === 'left') return;
    void this.setPresence(participantId, 'reconnecting');
    this.startGrace(participantId);
  }

  fullView(participantId: string) {
    return this.fanout.fullMessage(this.durable, participantId, this.deps.clock.now());
  }

  /** Another node took the session: refuse everything from now on (the registry closes the sockets, which reconnect to the owner). */
  giveUp(): void {
    this.givenUp = true;
    this.close();
  }

  /** Stops timers; the state is already on disk. */
  close(): void {
    for (const t of this.graceTimers.values()) clearTimeout(t);
    this.graceTimers.clear();
  }

  private async setPresence(participantId: string, presence: 'online' | 'reconnecting' | 'left'): Promise<void> {
    const result = await this.apply(() => decidePresence(this.state, participantId, presence, this.deps.clock.now()));
    if (!result.ok) this.deps.logger.warn({ code: result.error.code }, 'presence change refused');
  }

  private startGrace(participantId: string): void {
    this.clearGrace(participantId);
    const timer = setTimeout(() => {
      this.graceTimers.delete(participantId);
      if (this.fanout.socketsOf(participantId).size === 0) void this.setPresence(participantId, 'left');
    }, this.deps.config.reconnectGraceMs);
    timer.unref();
    this.graceTimers.set(participantId, timer);
  }

  private clearGrace(participantId: string): void {
    const t = this.graceTimers.get(participantId);
    if (t) clearTimeout(t);
    this.graceTimers.delete(participantId);
  }

  /**
   * Durable before visible: decide now, commit, and once the commit is durable
   * (and every earlier one published) publish, then the caller acknowledges.
   */
  private async apply(decideNow: () => Decision, credential?: { tokenHash: string; participantId: string }): Promise<CommandAck> {
    if (this.reloading) await this.reloading;
    if (this.givenUp) return sessionMoved();
    const timer = this.deps.stages?.start();
    const decision = decideNow();
    if (!decision.ok) return decision;
    const events: DomainEvent[] = decision.events;
    if (events.length === 0) {
      // Nothing to write; answer after what was decided before it, so answers keep their order.
      await this.settled();
      return { ok: true, v: this.durable.v };
    }
    const before = this.state;
    const next = replay(events, before);
    this.state = next;
    const every = this.deps.config.snapshotEvery;
    const written = this.deps.store.commit({
      sessionId: before.sessionId,
      fromV: before.v,
      events: events.map(redactForLog),
      sealed: sealedRecords(next, events),
      credential,
      snapshot: Math.floor(next.v / every) > Math.floor(before.v / every) ? stripSealed(next) : undefined,
      endedAt: before.endedAt === null && next.endedAt !== null ? next.endedAt : undefined,
    });
    this.inFlight++;
    timer?.lap('decide');
    // While the commit is written (the request is posted in a microtask queued before this one), work out what to send.
    queueMicrotask(() => this.fanout.prepare(before, next));
    const outcome = this.tail.then(() => written.then(() => null, (err: unknown) => err));
    this.tail = outcome;
    const err = await outcome;
    this.inFlight--;
    if (err === null && !this.broken) {
      const was = this.durable;
      this.durable = next;
      this.lastActivity = this.deps.clock.now();
      timer?.lap('commit');
      this.fanout.publish(next, this.deps.clock.now());
      this.fanout.disconnectRevoked(was, next);
      timer?.lap('publish');
      return { ok: true, v: next.v };
    }
    if (err instanceof OwnershipLost) {
      // Fenced: another node owns the session. Nothing of this command was written; the client retries on the owner.
      this.deps.cluster?.ownership.lost(this.sessionId, err.fencedEpoch);
      return sessionMoved();
    }
    if (err !== null) {
      this.deps.logger.error({ err, sessionId: before.sessionId }, 'commit failed; command not applied');
      if (!this.broken) {
        this.broken = true;
        this.reloading = new Promise((resolve) => (this.reloaded = resolve));
      }
    }
    if (this.inFlight === 0) void this.reload();
    if (err !== null) return commitFailed(err);
    // Written although an earlier one failed (the store has it): it shows once the room has reloaded.
    await this.reloading;
    return { ok: true, v: this.durable.v };
  }

  /**
   * After a failed commit, nothing in flight: take the state from the store. If
   * it holds exactly what this room confirmed, keep that (with the check-in
   * answers only memory holds); otherwise show everyone what the store has.
   */
  private async reload(): Promise<void> {
    try {
      const loaded = await this.deps.store.load(this.sessionId);
      if (!loaded) throw new Error('session gone from the store');
      const stored = hydrateSealed(replay(loaded.events, loaded.snapshot ?? undefined), loaded.sealed);
      if (stored.v !== this.durable.v) {
        this.deps.logger.warn({ sessionId: this.sessionId, confirmed: this.durable.v, stored: stored.v }, 'room reloaded from the store');
        const was = this.durable;
        this.durable = stored;
        this.fanout.publish(stored, this.deps.clock.now());
        this.fanout.disconnectRevoked(was, stored);
      }
      this.state = this.durable;
    } catch (err) {
      // The store cannot answer: keep what was confirmed; the next commit's version check decides.
      this.deps.logger.error({ err, sessionId: this.sessionId }, 'room reload failed');
      this.state = this.durable;
    } finally {
      this.broken = false;
      this.reloading = null;
      this.reloaded();
    }
  }
}
