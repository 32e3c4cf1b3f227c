import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { HandshakeError } from '../../shared/protocol.js';
import { protocolCompatible } from '../../shared/protocol-version.js';
import { HandshakeAuth } from '../../shared/session/session-schemas.js';
import { hashToken, ownerKeyFor } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { originAllowed } from '../http/origin.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { registerCommands } from './commands.js';
import type { AttuneServer } from './types.js';

/** 64 KB: every command is small; anything bigger is a mistake or an attack. */
const MAX_MESSAGE_BYTES = 64 * 1024;

function handshakeError(code: HandshakeError, message: string): Error {
  const err = new Error(message) as Error & { data: { code: HandshakeError } };
  err.data = { code };
  return err;
}

export function createSocketServer(httpServer: HttpServer, deps: Deps): AttuneServer {
  return new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    // Socket.IO's cors option does not cover the WebSocket upgrade; this check does.
    allowRequest: (req, callback) => callback(null, originAllowed(req, deps.config.allowedOrigins)),
  });
}

/** Authenticates each connection from its handshake `auth`, then wires it to its room. */
export function attachRooms(io: AttuneServer, registry: RoomRegistry, deps: Deps): void {
  io.use((socket, next) => {
    const parsed = HandshakeAuth.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(handshakeError('unauthorized', 'Missing or malformed credentials.'));
    if (!protocolCompatible(parsed.data.protocol, deps.config.protocolVersion)) {
      return next(
        handshakeError('upgrade_required', `This server speaks protocol ${deps.config.protocolVersion}; please load the current app.`),
      );
    }
    const credential = deps.store.findCredential(hashToken(parsed.data.token));
    if (!credential || credential.sessionId !== parsed.data.sessionId) {
      return next(handshakeError('unauthorized', 'This link is not valid for this session.'));
    }
    const room = registry.get(credential.sessionId);
    const participant = room?.current.participants[credential.participantId];
    if (!room && registry.isUnreadable(credential.sessionId)) {
      return next(handshakeError('unavailable', 'This session cannot be opened right now; nothing was lost. Please try again later.'));
    }
    if (!room || !participant) return next(handshakeError('unauthorized', 'This session no longer exists.'));
    if (participant.admission === 'removed' || participant.admission === 'declined') {
      return next(handshakeError('revoked', 'You are no longer part of this session.'));
    }
    socket.data = { sessionId: credential.sessionId, participantId: credential.participantId, ownerKey: ownerKeyFor(parsed.data.token) };
    next();
  });

  io.on('connection', (socket) => {
    const { sessionId, participantId } = socket.data;
    const room = registry.get(sessionId);
    if (!room) return void socket.disconnect(true);
    registerCommands(socket, room, deps);
    room.attach(socket, participantId);
    socket.on('disconnect', () => room.detach(socket, participantId));
  });
}
