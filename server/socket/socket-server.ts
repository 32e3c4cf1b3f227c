import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { HandshakeError } from '../../shared/protocol.js';
import { protocolCompatible } from '../../shared/protocol-version.js';
import { HandshakeAuth } from '../../shared/session/schemas.js';
import type { Limits } from '../auth/limits.js';
import { groupCredential } from '../auth/group-member.js';
import { hashToken, ownerKeyFor } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { addressOf } from '../http/address.js';
import { originAllowed } from '../http/origin.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { StoreHealth } from '../store/faults.js';
import { storeFailure } from '../store/faults.js';
import { registerCommands } from './commands.js';
import type { AttuneServer, AttuneSocket } from './types.js';

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
    allowRequest: (req, callback) => callback(null, originAllowed(req, deps.config.allowedOrigins, deps.config.trustProxy)),
  });
}

/** Who the credential names, or the handshake error to answer with. */
async function authenticate(socket: AttuneSocket, registry: RoomRegistry, deps: Deps, address: string): Promise<Error | null> {
  const parsed = HandshakeAuth.safeParse(socket.handshake.auth);
  if (!parsed.success) return handshakeError('unauthorized', 'Missing or malformed credentials.');
  if (!protocolCompatible(parsed.data.protocol, deps.config.protocolVersion)) {
    return handshakeError('upgrade_required', `This server speaks protocol ${deps.config.protocolVersion}; please load the current app.`);
  }
  // Staff, and members carried into it, may open the group's next session with the token of an earlier one.
  const credential = await groupCredential(hashToken(parsed.data.token), parsed.data.sessionId, deps.store);
  if (!credential) {
    return handshakeError('unauthorized', 'This link is not valid for this session.');
  }
  const room = await registry.get(credential.sessionId);
  const participant = room?.current.participants[credential.participantId];
  if (!room && registry.isUnreadable(credential.sessionId)) {
    return handshakeError('unavailable', 'This session cannot be opened right now; nothing was lost. Please try again later.');
  }
  if (!room || !participant) return handshakeError('unauthorized', 'This session no longer exists.');
  if (participant.admission === 'removed' || participant.admission === 'declined') {
    return handshakeError('revoked', 'You are no longer part of this session.');
  }
  socket.data = { sessionId: credential.sessionId, participantId: credential.participantId, ownerKey: ownerKeyFor(parsed.data.token), address };
  return null;
}

/**
 * Authenticates each connection from its handshake `auth`, holds it to the
 * per-person and per-address connection limits, then wires it to its room.
 * A storage error here refuses this one connection (`unavailable`); it never
 * escapes to take the process, and every other group, down.
 */
export function attachRooms(io: AttuneServer, registry: RoomRegistry, deps: Deps, limits: Limits, health: StoreHealth): void {
  io.use(async (socket, next) => {
    try {
      const address = addressOf(socket.handshake.headers, socket.handshake.address, deps.config.trustProxy);
      const refused = await authenticate(socket, registry, deps, address);
      if (refused) return next(refused);
      const person = `${socket.data.sessionId}:${socket.data.participantId}`;
      if (!(await limits.socketsPerAddress.claim(address))) {
        return next(handshakeError('rate_limited', 'Too many connections from this network. Please close other tabs or try again shortly.'));
      }
      if (!(await limits.socketsPerParticipant.claim(person))) {
        limits.socketsPerAddress.release(address);
        return next(handshakeError('rate_limited', 'You are connected in too many tabs or devices. Please close one and try again.'));
      }
      socket.once('disconnect', () => {
        limits.socketsPerAddress.release(address);
        limits.socketsPerParticipant.release(person);
      });
      next();
    } catch (err) {
      if (storeFailure(err)) health.report(err);
      deps.logger.error({ err }, 'handshake failed');
      next(handshakeError('unavailable', 'The server cannot open this session right now. Please try again in a moment.'));
    }
  });

  io.on('connection', (socket) => {
    const { sessionId, participantId } = socket.data;
    try {
      // The handshake just loaded it; handlers go on before anything else can arrive.
      const room = registry.live(sessionId);
      if (!room) return void socket.disconnect(true);
      registerCommands(socket, room, deps, limits, socket.data.address);
      socket.on('disconnect', () => room.detach(socket, participantId));
      room.attach(socket, participantId).catch((err: unknown) => {
        deps.logger.error({ err }, 'connection setup failed');
        socket.disconnect(true);
      });
    } catch (err) {
      if (storeFailure(err)) health.report(err);
      deps.logger.error({ err }, 'connection setup failed');
      socket.disconnect(true);
    }
  });
}
