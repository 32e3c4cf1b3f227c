import type { CommandInput, CommandName } from './commands.js';
import type { Ack } from './errors.js';
import type { PatchOp } from './patch.js';
import type { ClientView } from './domain/views.js';

/**
 * The Socket.IO protocol, typed for both sides. Client → server: one event per
 * command (`feature:verb`, see commands.ts), each acknowledged. Server → client:
 * a full view, then versioned patches. See docs/protocol.md.
 */

/**
 * Every command's acknowledgement. `v` is the sender's view version (their
 * channel's, see ViewPatchMessage) after the command; its patch has already arrived.
 */
export type CommandAck = Ack<{ v: number }>;

export interface ViewFullMessage {
  /** The version of the viewer's channel (staff, members or outside) this view reflects. Not the room's. */
  v: number;
  /** Server clock at send time (epoch ms), so clients can show timers against it. */
  serverNow: number;
  view: ClientView;
}

/**
 * A change to what this viewer sees. Versions count changes per channel (staff,
 * members, outside); a change a channel cannot see sends it nothing and does not
 * move its version. A patch that changes only the viewer's own part has `from === v`.
 */
export interface ViewPatchMessage {
  /** The version the patch applies to: a client at any other version resyncs instead. */
  from: number;
  /** The version it produces. */
  v: number;
  serverNow: number;
  ops: PatchOp[];
}

export type ResyncAck = Ack<ViewFullMessage>;

/** A single-use ticket for the notes WebSocket (staff only); see shared/notes/notes.ts. */
export type NotesTicketAck = Ack<{ ticket: string; expiresAt: number }>;

/** Requests that are not commands: answered by their ack, they change no state. */
export const REQUEST_EVENTS = ['view:resync', 'notes:ticket', 'view:fault'] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

export function isRequestEvent(name: string): name is RequestEvent {
  return (REQUEST_EVENTS as readonly string[]).includes(name);
}

type CommandEvents = {
  [K in CommandName]: (payload: CommandInput<K>, ack: (result: CommandAck) => void) => void;
};

export type ClientToServerEvents = CommandEvents & {
  /** Ask for the full view again (after a gap in versions, or when unsure). The server also answers when a payload comes first (it is ignored). */
  'view:resync': (ack: (result: ResyncAck) => void) => void;
  /** A panel of the client could not render its view: logged by the server (which panel only), answered `{ ok: true }`. */
  'view:fault': (payload: { panel: string }, ack: (result: Ack) => void) => void;
  /** Ask for a notes ticket (facilitators only). The server also answers when a payload comes first (it is ignored). */
  'notes:ticket': (ack: (result: NotesTicketAck) => void) => void;
};

export interface ServerToClientEvents {
  'view:full': (message: ViewFullMessage) => void;
  'view:patch': (message: ViewPatchMessage) => void;
}

/** Handshake errors (`connect_error`'s `data.code`) a client must handle. */
export const HandshakeError = {
  /** Credential missing or unknown: join again. */
  unauthorized: 'unauthorized',
  /** This person was removed or turned away: do not retry. */
  revoked: 'revoked',
  /** Origin not on the allowlist. */
  origin: 'origin',
  /** Too many connections for this person or this address: close another tab, or wait. */
  rate_limited: 'rate_limited',
  /** The client speaks another protocol major (auth.protocol): load the current client (browsers reload). */
  upgrade_required: 'upgrade_required',
  /** The session's stored data cannot be read by this server, or the server cannot read its data right now; keep the credential and retry later. */
  unavailable: 'unavailable',
} as const;
export type HandshakeError = (typeof HandshakeError)[keyof typeof HandshakeError];

/** REST answers for the set-up flow. */
export interface CreatedSession {
  sessionId: string;
  groupId: string;
  joinCode: string;
  /** Paths relative to the app origin. The secret parts are in the fragment (`#key=…`), which browsers never send. */
  facilitatorLink: string;
  coFacilitatorLink: string;
  memberLink: string;
  facilitatorToken: string;
}

export interface JoinPreview {
  sessionId: string;
  /** The group the session belongs to: a browser keeps a member's token per group. */
  groupId: string;
  groupName: string;
  agreement: string;
  /** The group's language, set by the facilitator (a catalog code such as `es`). */
  language: string;
  waitingRoom: boolean;
  /**
   * Present when the request's Bearer token is a member's token from an earlier
   * session of this group and that member was carried into this one: the token
   * opens this session as them (no new join, no waiting room).
   */
  returning?: { participantId: string; name: string };
}

export interface Joined {
  sessionId: string;
  participantId: string;
  token: string;
}

export interface NewCoFacilitatorLink {
  coFacilitatorLink: string;
}

export type ApiError = { error: { code: string; message: string } };
