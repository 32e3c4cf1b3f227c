import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.js';

export interface SocketData {
  sessionId: string;
  participantId: string;
  /** Derived from the token (auth/tokens.ts ownerKeyFor); memory only. */
  ownerKey: string;
  /** Where the connection comes from, for per-address limits (server/http/address.ts). */
  address: string;
}

export type AttuneServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AttuneSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
