import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { NOTES_PATH } from '../../../../shared/notes/notes.js';
import type { NotesTicketAck } from '../../../../shared/protocol.js';

export type NotesStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface NotesConnectionOptions {
  /** ws:// or wss:// origin of the app, e.g. `wss://attune.example`. */
  origin: string;
  sessionId: string;
  doc: Y.Doc;
  /** Asks the server for a fresh single-use ticket (over the authenticated Socket.IO connection). */
  getTicket: () => Promise<NotesTicketAck>;
  /** Node has no global WebSocket before v22: tests pass `ws`. */
  WebSocketPolyfill?: unknown;
  onStatus?: (status: NotesStatus, message?: string) => void;
  /** Longest wait between reconnection attempts. */
  maxBackoffMs?: number;
}

/**
 * A y-websocket provider that asks for a new ticket before every connection.
 * Tickets are single-use, so the provider's own reconnect (which reuses the
 * URL) is switched off at each close and we reconnect ourselves. Edits made
 * while offline stay in the Y.Doc and merge when the connection is back.
 */
export class NotesConnection {
  readonly provider: WebsocketProvider;
  private stopped = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: NotesConnectionOptions) {
    this.provider = new WebsocketProvider(`${opts.origin}${NOTES_PATH}`, opts.sessionId, opts.doc, {
      connect: false,
      disableBc: true,
      params: {},
      ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill as typeof WebSocket } : {}),
    });
    this.provider.on('connection-close', () => {
      // Stop the provider's own retry (it would reuse the spent ticket); ours follows.
      this.provider.shouldConnect = false;
      if (!this.stopped) {
        this.opts.onStatus?.('offline');
        this.schedule();
      }
    });
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.opts.onStatus?.('connected');
    });
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.attempts = 0;
    });
    void this.open();
  }

  get awareness() {
    return this.provider.awareness;
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    const wait = Math.min(2 ** this.attempts * 250, this.opts.maxBackoffMs ?? 5000);
    this.attempts++;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.open();
    }, wait);
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    this.opts.onStatus?.('connecting');
    let ack: NotesTicketAck;
    try {
      ack = await this.opts.getTicket();
    } catch {
      return this.schedule();
    }
    if (this.stopped) return;
    if (!ack.ok) {
      if (ack.error.code === 'forbidden' || ack.error.code === 'unauthorized') {
        this.stopped = true;
        this.opts.onStatus?.('refused', ack.error.message);
        return;
      }
      return this.schedule();
    }
    this.provider.params = { ticket: ack.ticket };
    this.provider.connect();
  }

  /** Drops the connection (as if offline) but keeps the document; `reconnect()` resumes. */
  goOffline(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.provider.disconnect();
    this.opts.onStatus?.('offline');
  }

  reconnect(): void {
    this.stopped = false;
    this.attempts = 0;
    void this.open();
  }

  destroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.provider.destroy();
  }
}
