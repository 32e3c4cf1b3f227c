import { randomUUID } from 'node:crypto';
import { diff } from '../../shared/patch.js';
import type { PatchOp } from '../../shared/patch.js';
import type { ViewFullMessage, ViewPatchMessage } from '../../shared/protocol.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { Channel, MeView, SessionInfo, ViewParts } from '../../shared/domain/views.js';
import { channelOf, diffViewParts, meView, sessionInfo, viewFor, viewParts } from '../../shared/domain/views.js';
import type { OwnerTagger } from '../../shared/domain/actor.js';
import { own } from '../../shared/own.js';
import { ViewMemo } from '../../shared/domain/view-memo.js';
import { ownerTagger } from '../auth/tokens.js';
import type { AttuneServer, AttuneSocket } from '../socket/types.js';

/**
 * Turns state changes into what each socket receives. The shared part of a
 * channel's view is diffed once and broadcast to that channel's Socket.IO room;
 * only sockets whose own part changed (or that sit outside the room) get an
 * individual message instead. So a command costs each recipient only its
 * change, whatever the room's size.
 *
 * Versions are per channel, not the room's: a channel's version counts the
 * changes to what that channel sees (session info and its shared view). A
 * change nobody in a channel can see sends that channel nothing and leaves its
 * version alone, so a member cannot tell, from a message or from a jump in
 * versions, that something staff-only just happened. A patch that changes only
 * the recipient's own part (`me`) carries `from === v`.
 *
 * Cost: the features' view parts are built (a part whose slices did not change
 * is kept) and diffed once per version, for both channels; a
 * person's own view (`me`) is rebuilt and diffed only when the change touched
 * what it is made of (see `touchesMe`), so a command costs O(people it concerns),
 * not O(people in the room), on top of the broadcast.
 */
export class ViewFanout {
  private readonly sockets = new Map<string, Set<AttuneSocket>>();
  private readonly lastMe = new Map<string, MeView>();
  /** Per person, from their connection's token: recognises their own anonymous drafts and items. */
  private readonly owners = new Map<string, OwnerTagger>();
  private readonly lastChannel = new Map<string, Channel>();
  private lastSession: SessionInfo;
  /** The state last published: what `touchesMe` compares with. */
  private lastState: SessionState;
  /** The features' shared and staff view parts last published (both channels' shared views are made of them). */
  private lastParts: ViewParts;
  /** Each channel's own version chain; starts at 0 with the room object (clients get a full view on connect). */
  private readonly versions: Record<Channel, number> = { staff: 0, members: 0, outside: 0 };
  /** Each feature's last view parts: one serves both channels' shared parts, and a part whose slices did not change is reused. */
  private readonly memo = new ViewMemo();

  constructor(
    private readonly io: AttuneServer,
    private readonly sessionId: string,
    state: SessionState,
    /**
     * Several nodes (server/cluster/): broadcasts wait for the Redis adapter before
     * they are delivered, so a message to one socket goes through the adapter too,
     * or it would overtake the broadcast before it and the client would see a gap.
     */
    private readonly throughAdapter = false,
  ) {
    this.lastState = state;
    this.lastSession = sessionInfo(state);
    this.lastParts = viewParts(state, this.memo);
  }

  /**
   * The Socket.IO room of a channel. With several nodes it is this room object's
   * own: while a session moves, the node giving it up may still broadcast for a
   * moment, and its versions are not the new owner's, so its patches must not
   * reach a socket that took its view from the new owner (it would see a gap).
   */
  private roomName(channel: Exclude<Channel, 'outside'>): string {
    return this.throughAdapter ? `${this.sessionId}:${channel}:${this.instance}` : `${this.sessionId}:${channel}`;
  }

  private readonly instance = randomUUID();

  connectedIds(): string[] {
    return [...this.sockets.keys()];
  }

  socketsOf(participantId: string): ReadonlySet<AttuneSocket> {
    return this.sockets.get(participantId) ?? new Set();
  }

  /** People removed or turned away have been shown so; now their sockets close and their token stops working. */
  disconnectRevoked(before: SessionState, next: SessionState): void {
    // Most commands leave the participants as they were (the reducer keeps an untouched slice).
    if (before.participants === next.participants) return;
    for (const [id, sockets] of this.sockets) {
      const was = before.participants[id]?.admission;
      const now = next.participants[id]?.admission;
      if (was !== now && (now === 'removed' || now === 'declined')) {
        for (const s of [...sockets]) s.disconnect(true);
      }
    }
  }

  get size(): number {
    return this.sockets.size;
  }

  /** The version of what this person sees now: their channel's. */
  versionOf(state: SessionState, participantId: string): number {
    return this.versions[channelOf(state, participantId)];
  }

  fullMessage(state: SessionState, participantId: string, serverNow: number): ViewFullMessage {
    return { v: this.versionOf(state, participantId), serverNow, view: viewFor(state, participantId, this.owners.get(participantId)) };
  }

  /** Adds a socket and sends it the full view. Call after the state includes the participant's presence. */
  add(socket: AttuneSocket, state: SessionState, participantId: string, serverNow: number): void {
    let set = this.sockets.get(participantId);
    if (!set) this.sockets.set(participantId, (set = new Set()));
    set.add(socket);
    if (socket.data.ownerKey && !this.owners.has(participantId)) this.owners.set(participantId, ownerTagger(socket.data.ownerKey));
    const channel = channelOf(state, participantId);
    this.placeSocket(socket, channel);
    this.lastChannel.set(participantId, channel);
    this.lastMe.set(participantId, meView(state, participantId, this.owners.get(participantId)));
    this.sendTo(socket, 'view:full', this.fullMessage(state, participantId, serverNow));
  }

  private sendTo<E extends 'view:full' | 'view:patch'>(socket: AttuneSocket, event: E, msg: E extends 'view:full' ? ViewFullMessage : ViewPatchMessage): void {
    if (this.throughAdapter) (this.io.to(socket.id).emit as (ev: string, m: unknown) => void)(event, msg);
    else (socket.emit as (ev: string, m: unknown) => void)(event, msg);
  }

  /** Returns true when it was the participant's last socket. */
  remove(socket: AttuneSocket, participantId: string): boolean {
    const set = this.sockets.get(participantId);
    if (!set) return false;
    set.delete(socket);
    if (set.size > 0) return false;
    this.sockets.delete(participantId);
    this.lastMe.delete(participantId);
    this.owners.delete(participantId);
    this.lastChannel.delete(participantId);
    return true;
  }

  private placeSocket(socket: AttuneSocket, channel: Channel): void {
    for (const c of ['staff', 'members'] as const) {
      // Through the adapter, joining waits in line behind the broadcasts already sent, so none made before it reaches this socket.
      if (this.throughAdapter) void (c === channel ? this.io.in(socket.id).socketsJoin(this.roomName(c)) : this.io.in(socket.id).socketsLeave(this.roomName(c)));
      else if (c === channel) void socket.join(this.roomName(c));
      else void socket.leave(this.roomName(c));
    }
  }

  /**
   * Works out the change from `from` to `to` while its commit is being written,
   * so that once it is durable `publish` only sends. Nothing is sent or moved
   * on here: if anything changes meanwhile (a commit before it, a person
   * connecting), `publish` notices and works it out again.
   */
  prepare(from: SessionState, to: SessionState): void {
    // A commit before this one is still unpublished: its change is not worked out yet.
    if (from !== this.lastState) return;
    const change = this.changeTo(to);
    // channelOf reads only the participants: while they are the same object, nobody changed channel.
    const sameRoster = from.participants === to.participants;
    for (const id of this.sockets.keys()) {
      if ((sameRoster || channelOf(to, id) === this.lastChannel.get(id)) && touchesMe(from, to, id)) change.me.set(id, this.ownChange(to, id));
    }
    this.prepared = change;
  }

  private prepared: PreparedChange | null = null;

  /** What every channel sees change from the state last published to `to`. */
  private changeTo(to: SessionState): PreparedChange {
    const session = sessionInfo(to);
    const parts = viewParts(to, this.memo);
    const sessionOps = diff(this.lastSession, session, ['session']);
    const partOps = diffViewParts(this.lastParts, parts);
    const channelOps: Record<Channel, PatchOp[]> = {
      staff: [...sessionOps, ...partOps.shared, ...partOps.staff],
      members: [...sessionOps, ...partOps.shared],
      outside: sessionOps,
    };
    return { from: this.lastState, to, session, parts, channelOps, me: new Map() };
  }

  /** A person's own view in `state` and its change from the one they were last sent, with what it was made from. */
  private ownChange(state: SessionState, id: string): OwnChange {
    const owner = this.owners.get(id);
    const against = this.lastMe.get(id);
    const me = meView(state, id, owner);
    return { owner, against, me, ops: diff(against, me, ['me']) };
  }

  /** The same, from `prepare` when nothing it was made from has changed since. */
  private meChange(state: SessionState, id: string, prepared: PreparedChange): OwnChange {
    const ready = prepared.me.get(id);
    if (ready && ready.owner === this.owners.get(id) && ready.against === this.lastMe.get(id)) return ready;
    return this.ownChange(state, id);
  }

  /** Sends the change to `state` to every socket that can see it, and nothing to the others. */
  publish(state: SessionState, serverNow: number): void {
    const ready = this.prepared;
    this.prepared = null;
    const change = ready && ready.to === state && ready.from === this.lastState ? ready : this.changeTo(state);
    const { channelOps } = change;
    const prev = this.lastState;
    this.lastState = state;
    this.lastSession = change.session;
    this.lastParts = change.parts;
    // Each channel moves to a new version only if what it sees changed.
    const from = { ...this.versions };
    for (const c of ['staff', 'members', 'outside'] as const) if (channelOps[c].length > 0) this.versions[c]++;

    const individually: string[] = [];
    const sameRoster = prev.participants === state.participants;
    for (const [id, sockets] of this.sockets) {
      const prevChannel = this.lastChannel.get(id);
      const channel = sameRoster && prevChannel !== undefined ? prevChannel : channelOf(state, id);
      this.lastChannel.set(id, channel);
      if (channel === prevChannel && !touchesMe(prev, state, id)) {
        // Their own part cannot have changed: the broadcast below (or, outside, this) is all they get.
        if (channel === 'outside' && channelOps.outside.length > 0) {
          const msg: ViewPatchMessage = { from: from.outside, v: this.versions.outside, serverNow, ops: channelOps.outside };
          for (const s of sockets) {
            this.sendTo(s, 'view:patch', msg);
            individually.push(s.id);
          }
        }
        continue;
      }
      const { me, ops: meOps } = this.meChange(state, id, change);
      if (channel !== prevChannel) {
        // Entering or leaving the room changes the whole shape of the view: send it whole.
        const full = this.fullMessage(state, id, serverNow);
        for (const s of sockets) {
          this.placeSocket(s, channel);
          this.sendTo(s, 'view:full', full);
          individually.push(s.id);
        }
      } else {
        // People outside have no Socket.IO room: they get their channel's change individually too.
        if (meOps.length > 0 || (channel === 'outside' && channelOps.outside.length > 0)) {
          const msg: ViewPatchMessage = { from: from[channel], v: this.versions[channel], serverNow, ops: [...channelOps[channel], ...meOps] };
          for (const s of sockets) {
            this.sendTo(s, 'view:patch', msg);
            individually.push(s.id);
          }
        }
      }
      this.lastMe.set(id, me);
    }
    for (const channel of ['staff', 'members'] as const) {
      if (channelOps[channel].length === 0) continue;
      const msg: ViewPatchMessage = { from: from[channel], v: this.versions[channel], serverNow, ops: channelOps[channel] };
      const everyone = this.io.to(this.roomName(channel));
      (individually.length > 0 ? everyone.except(individually) : everyone).emit('view:patch', msg);
    }
  }
}

/** A change worked out before it is published (ViewFanout.prepare). */
interface PreparedChange {
  from: SessionState;
  to: SessionState;
  session: SessionInfo;
  parts: ViewParts;
  channelOps: Record<Channel, PatchOp[]>;
  /** Own views of the people the change touches. */
  me: Map<string, OwnChange>;
}

/** A person's own view, its patch, and what it was made from: their owner tagger and the view it was diffed against. */
interface OwnChange {
  owner: OwnerTagger | undefined;
  against: MeView | undefined;
  me: MeView;
  ops: PatchOp[];
}

/**
 * Whether a change from `prev` to `next` may have changed this person's own
 * view. meView (shared/domain/views.ts) reads the participants (their own
 * entry, and the name of whoever saw their signal), the check-ins, the signals,
 * the feedback round, the moment question and the measures; the reducer replaces a slice only when it changes, so
 * an untouched slice is the same object.
 */
export function touchesMe(prev: SessionState, next: SessionState, participantId: string): boolean {
  if (prev.checkins !== next.checkins || prev.signals !== next.signals || prev.feedback !== next.feedback || prev.moment !== next.moment || prev.measures !== next.measures) return true;
  if (prev.participants === next.participants) return false;
  return own(prev.participants, participantId) !== own(next.participants, participantId) || !!own(next.signals, participantId)?.seenBy;
}
