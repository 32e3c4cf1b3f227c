/** Messages between the orchestrator (bench/run.ts) and the load-client processes (bench/load-client.ts). */
export type Target = 'attune' | 'relay';
export type ActorRole = 'facilitator' | 'cofacilitator' | 'member';

export interface SocketSpec {
  room: number;
  role: ActorRole;
  /** Member index within the room (0 for staff). */
  index: number;
  /** Handshake auth: {sessionId, token} for Attune, {room} for the relay. */
  auth: Record<string, string>;
}

/** A room whose commands this worker sends (all its senders live in this worker). */
export interface DrivenRoom {
  room: number;
  /** Participant ids of the members, in order (Attune); placeholders for the relay. */
  memberIds: string[];
}

export type ParentMessage =
  | { type: 'connect'; target: Target; url: string; sockets: SocketSpec[]; driven: DrivenRoom[] }
  | { type: 'run'; ratePerRoom: number; durationMs: number; drainMs: number }
  /** Disconnect every socket and forget every room: ready for the next scenario. */
  | { type: 'reset' }
  | { type: 'close' };

export interface SendRecord {
  key: string;
  /** The command's name (the relay relays it under the same event name). */
  name: string;
  room: number;
  /** The sender's channel version after the command (Attune; versions are per channel, see docs/protocol.md). */
  v: number | null;
  /** Attune: the sender's channel; the update is measured at the other sockets of that channel. */
  channel?: 'staff' | 'members';
  /**
   * Attune: accepted, but with no update the sender's channel sees (a staff-only change from a
   * member, or one that changes only the sender's own part): no arrival to wait for.
   */
  unseen?: boolean;
  /** `notes`: an edit of the shared notes (Attune: a Yjs update, no acknowledgement, not in the event log). */
  via?: 'notes';
  tSend: number;
  tAck: number | null;
  ok: boolean;
  code?: string;
}

export interface RunResult {
  sends: SendRecord[];
  /** key → [latest arrival time at a recipient other than the sender, recipients that got it]. */
  arrivals: Record<string, [number, number]>;
  gaps: number;
  outOfOrder: number;
  /** Frame bytes of command updates received, and how many such frames. */
  bytes: number;
  frames: number;
}

export type ChildMessage =
  | { type: 'connected'; connected: number; failed: number; firstError?: string }
  | { type: 'result'; result: RunResult }
  | { type: 'reset' }
  | { type: 'error'; message: string };

/** Monotonic clock shared by every process on the machine (CLOCK_MONOTONIC), in ms. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Each room comes from its own networks, as real groups do (Attune runs with
 * TRUST_PROXY=1 in the bench and limits sockets, commands and session
 * creations per address): its REST calls and sockets carry this X-Forwarded-For,
 * one address per 50 people of a room (a workshop of 300 is not one household).
 */
export function roomAddress(room: number, index = 0): string {
  return `10.${(room >> 8) & 255}.${room & 255}.${Math.floor(index / 50)}`;
}
