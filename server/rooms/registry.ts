import { AGREEMENT_MAX } from '../../shared/text.js';
import { serverText, sessionLocale } from '../i18n/server-texts.js';
import type { CreatedSession } from '../../shared/protocol.js';
import { creationEvents, replay } from '../../shared/domain/reducer.js';
import { hydrateSealed } from '../../shared/domain/sealed.js';
import type { CreateSessionBody } from '../../shared/session/schemas.js';
import { hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { StoredDataError } from '../store/codec.js';
import type { LoadedSession } from '../store/store.js';
import type { AttuneServer } from '../socket/types.js';
import { Room } from './room.js';

/** Rooms stay in memory while anyone is connected, and a while after. */
const IDLE_UNLOAD_MS = 10 * 60_000;

/**
 * Every live room, loaded from the store on first use and unloaded when idle.
 * The only place that creates Room objects, so a session never has two.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Loads under way, so two callers asking for the same session share one room. */
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  private readonly unreadable = new Set<string>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly deps: Deps,
    private readonly io: AttuneServer,
  ) {
    this.sweeper = setInterval(() => this.unloadIdle(), 60_000);
    this.sweeper.unref();
    deps.cluster?.ownership.onLost((id) => this.giveUp(id));
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  async create(body: CreateSessionBody): Promise<CreatedSession> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const sessionId = newId();
    const groupId = newId();
    const facilitatorId = newId();
    const facilitatorToken = newToken();
    const invite = newToken();
    const language = sessionLocale(body.language);
    const agreement = (body.agreement ?? serverText(language, 'server.defaultAgreement')).slice(0, AGREEMENT_MAX);
    const joinCode = await this.freeJoinCode();
    const events = creationEvents({
      sessionId,
      groupId,
      groupName: body.groupName,
      joinCode,
      agreement,
      language,
      waitingRoom: body.waitingRoom ?? false,
      facilitatorId,
      facilitatorName: body.facilitatorName,
      now,
    });
    await store.createSession({
      sessionId,
      groupId,
      groupName: body.groupName,
      agreement,
      joinCode,
      coFacilitatorInviteHash: hashToken(invite),
      createdAt: now,
      facilitator: { participantId: facilitatorId, name: body.facilitatorName, tokenHash: hashToken(facilitatorToken) },
      events,
    });
    await this.deps.cluster?.ownership.take(sessionId);
    this.rooms.set(sessionId, new Room(this.deps, this.io, replay(events)));
    return {
      sessionId,
      groupId,
      joinCode,
      facilitatorLink: `/s/${sessionId}#key=${facilitatorToken}`,
      coFacilitatorLink: `/co/${sessionId}#invite=${invite}`,
      memberLink: `/join/${joinCode}`,
      facilitatorToken,
    };
  }

  private async freeJoinCode(): Promise<string> {
    for (let i = 0; i < 20; i++) {
      const code = newJoinCode();
      if (!(await this.deps.store.findSessionByJoinCode(code))) return code;
    }
    throw new Error('could not find a free join code');
  }

  /** The live room, loading it from the log (snapshot + later events + sealed records) if needed. */
  async get(sessionId: string): Promise<Room | undefined> {
    const live = this.rooms.get(sessionId);
    if (live) return live;
    let loading = this.loading.get(sessionId);
    if (!loading) {
      loading = this.load(sessionId).finally(() => this.loading.delete(sessionId));
      this.loading.set(sessionId, loading);
    }
    return loading;
  }

  /** The room if it is in memory now (a connection its handshake just loaded). */
  live(sessionId: string): Room | undefined {
    return this.rooms.get(sessionId);
  }

  private async load(sessionId: string): Promise<Room | undefined> {
    // Several nodes: take the session first, so what is loaded next is final (the previous owner's commits are refused from now on).
    if (this.deps.cluster && (await this.deps.store.findSession(sessionId))) await this.deps.cluster.ownership.take(sessionId);
    const loaded = await this.loadStored(sessionId);
    if (!loaded) return undefined;
    const state = hydrateSealed(replay(loaded.events, loaded.snapshot ?? undefined), loaded.sealed);
    const room = new Room(this.deps, this.io, state);
    this.rooms.set(sessionId, room);
    // Both are decided now (in this order) and written in the background, like any command.
    void room.recoverLostAnswers();
    room.markAllReconnecting();
    await room.settled();
    return room;
  }

  /** Whether a session's stored log cannot be read by this code (see codec.ts); retried on the next get. */
  isUnreadable(sessionId: string): boolean {
    return this.unreadable.has(sessionId);
  }

  /** An unreadable row is reported with its session, seq and format, and keeps only this session closed. */
  private async loadStored(sessionId: string): Promise<LoadedSession | undefined> {
    try {
      const loaded = await this.deps.store.load(sessionId);
      this.unreadable.delete(sessionId);
      if (loaded?.droppedSnapshot) this.deps.logger.warn({ sessionId, reason: loaded.droppedSnapshot }, 'snapshot dropped; replaying the log');
      return loaded;
    } catch (err) {
      if (!(err instanceof StoredDataError)) throw err;
      this.unreadable.add(sessionId);
      this.deps.logger.error({ sessionId, seq: err.seq, format: err.format, reason: err.message }, 'stored session cannot be read');
      return undefined;
    }
  }

  /**
   * Before a session is deleted: disconnect its sockets (their last presence changes
   * still commit, and are waited for), stop its timers and forget it, so nothing
   * writes to it afterwards.
   */
  async evict(sessionId: string): Promise<void> {
    for (const socket of this.io.of('/').sockets.values()) {
      if (socket.data.sessionId === sessionId) socket.disconnect(true);
    }
    const room = this.rooms.get(sessionId) ?? (await this.loading.get(sessionId));
    this.rooms.delete(sessionId);
    if (!room) return;
    room.close();
    await room.settled();
  }

  /**
   * Another node owns the session now: stop the room without writing anything,
   * and close its sockets' connections (not a server disconnect), so clients
   * reconnect by themselves and the proxy sends them to the owner.
   */
  giveUp(sessionId: string): void {
    const room = this.rooms.get(sessionId);
    this.rooms.delete(sessionId);
    room?.giveUp();
    for (const socket of this.io.of('/').sockets.values()) {
      if (socket.data.sessionId === sessionId) socket.conn.close();
    }
    if (room) this.deps.logger.info({ sessionId }, 'session moved to another node; room given up');
  }

  private unloadIdle(): void {
    for (const [id, room] of this.rooms) {
      if (room.connectedCount === 0 && !room.hasPendingTimers && !room.holdsAnswersInMemory && room.idleFor(this.deps.clock.now()) > IDLE_UNLOAD_MS) {
        room.close();
        this.rooms.delete(id);
      }
    }
  }

  /** Stops every room; resolves once their commits in flight have settled. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const rooms = [...this.rooms.values()];
    for (const room of rooms) room.close();
    this.rooms.clear();
    await Promise.all(rooms.map((r) => r.settled()));
  }
}
