import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../../shared/protocol-version';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';

/** The typed Socket.IO client: event names and payloads come from shared/protocol.ts. */
export type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Credentials go in the handshake `auth`, never in the URL. WebSocket first; polling only if it is blocked.
 * The session id (not a secret) goes in the query too: with several nodes the proxy routes by it (docs/scaling.md).
 */
export function connectRoom(sessionId: string, token: string, url?: string): RoomSocket {
  const options = {
    auth: { sessionId, token, protocol: PROTOCOL_VERSION },
    query: { session: sessionId },
    transports: ['websocket', 'polling'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  };
  // In the browser the app's own origin; tests in Node pass the server's URL.
  return url ? io(url, options) : io(options);
}
