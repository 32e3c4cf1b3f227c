import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { NOTES_MAX_MESSAGE_BYTES, NOTES_PATH, NOTES_TICKET_TTL_MS, mayUseNotes } from '../../shared/notes/notes.js';
import { IdSchema } from '../../shared/session/schemas.js';
import type { Deps } from '../deps.js';
import { originAllowed } from '../http/origin.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { NotesPersistence } from './persistence.js';
import { SharedDocs } from './shared-docs.js';
import { TicketBook } from './tickets.js';

function refuse(socket: Duplex, status: 400 | 401 | 403, reason: string): void {
  socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * The notes WebSocket endpoint on the app's own HTTP server. It takes only
 * upgrades under NOTES_PATH (Socket.IO keeps /socket.io/), and checks Origin,
 * the ticket, the session in the path and the person's role before the
 * WebSocket exists, so a refused client never receives a byte of the document.
 */
export class NotesServer {
  readonly tickets = new TicketBook(NOTES_TICKET_TTL_MS);
  readonly persistence: NotesPersistence;
  private readonly docs: SharedDocs;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: NOTES_MAX_MESSAGE_BYTES });
  /** Which session each open connection edits, so a deleted session's editors can be cut off. */
  private readonly sessionOf = new Map<WebSocket, string>();

  constructor(
    private readonly deps: Deps,
    private readonly registry: RoomRegistry,
  ) {
    this.persistence = new NotesPersistence(deps.store.notes, deps.logger);
    this.docs = new SharedDocs(this.persistence, deps.logger);
  }

  attach(httpServer: HttpServer): void {
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.onUpgrade(req, socket, head).catch((err: unknown) => {
        this.deps.logger.error({ err }, 'notes upgrade failed');
        socket.destroy();
      });
    });
  }

  private async onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${NOTES_PATH}/`)) return; // Not ours: Socket.IO's listener handles it.
    socket.on('error', () => socket.destroy());
    const { clock, config, logger } = this.deps;
    if (!originAllowed(req, config.allowedOrigins, config.trustProxy)) return refuse(socket, 403, 'Forbidden');
    const sessionId = IdSchema.safeParse(url.pathname.slice(NOTES_PATH.length + 1));
    // Spend the ticket first, so any attempt with it, right or wrong, uses it up.
    const grant = this.tickets.redeem(url.searchParams.get('ticket'), clock.now());
    if (!grant) return refuse(socket, 401, 'Unauthorized');
    if (!sessionId.success || grant.sessionId !== sessionId.data) return refuse(socket, 403, 'Forbidden');
    const room = await this.registry.get(grant.sessionId);
    if (!room || !mayUseNotes(room.current, grant.participantId)) return refuse(socket, 403, 'Forbidden');
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      // ws reports an oversized or malformed frame as an 'error' (then closes with 1009/1002); unhandled, it would end the process.
      ws.on('error', (err) => logger.warn({ sessionId: grant.sessionId, code: (err as { code?: string }).code }, 'notes connection error'));
      logger.debug({ sessionId: grant.sessionId }, 'notes connection');
      this.sessionOf.set(ws, grant.sessionId);
      ws.once('close', () => this.sessionOf.delete(ws));
      this.docs.connect(ws, grant.sessionId).catch((err: unknown) => {
        // The stored notes could not be read: this editor is turned away, the process carries on.
        logger.error({ err, sessionId: grant.sessionId }, 'notes could not be loaded');
        ws.close(1011);
      });
    });
  }

  /** The notes as plain text (for the download). */
  plainText(sessionId: string): Promise<string> {
    return this.persistence.plainText(sessionId);
  }

  /** Before a session is deleted: end its notes connections (a late write then fails on the missing session). */
  disconnect(sessionId: string): void {
    for (const [ws, id] of this.sessionOf) if (id === sessionId) ws.terminate();
  }

  /** Ends every notes connection and waits for them to close, so nothing writes after the store closes. */
  async close(): Promise<void> {
    const closing = [...this.wss.clients].map(
      (ws) => new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.terminate();
      }),
    );
    await Promise.all(closing);
    this.persistence.close();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
