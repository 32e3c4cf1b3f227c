import type { CommandInput, CommandName } from '../../../shared/commands';
import type { CommandAck, NotesTicketAck, ViewFullMessage, ViewPatchMessage } from '../../../shared/protocol';
import { applyPatch } from '../../../shared/patch';
import type { ClientView } from '../../../shared/domain/views';
import { connectRoom } from './socket';
import { reloadForNewVersion } from './upgrade';
import type { RoomSocket } from './socket';

/**
 * The one room store: a Socket.IO connection plus the view it keeps current.
 * Components read it through useRoom() (useSyncExternalStore); every change
 * replaces the snapshot object, so React re-renders exactly when it changed.
 *
 * status: connecting → online ⇄ reconnecting; terminal: revoked (removed or
 * turned away), unauthorized (unknown token), left (this person left).
 * "Session ended" is not a status: it is view.session.endedAt.
 */
export type RoomStatus = 'connecting' | 'online' | 'reconnecting' | 'revoked' | 'unauthorized' | 'left';

export interface RoomSnapshot {
  status: RoomStatus;
  /** null until the first view:full arrives. */
  view: ClientView | null;
  v: number;
  /** serverNow − Date.now() at the last message: add it to Date.now() to read the server clock. */
  clockOffset: number;
}

const ACK_TIMEOUT_MS = 10_000;

export class RoomStore {
  private socket: RoomSocket | null = null;
  private snapshot: RoomSnapshot = { status: 'connecting', view: null, v: -1, clockOffset: 0 };
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly sessionId: string,
    private readonly token: string,
    /** Only for tests in Node; the browser connects to its own origin. */
    private readonly url?: string,
    /** What `upgrade_required` does: in the browser, reload to get the current app. */
    private readonly onUpgradeRequired: () => void = () => void reloadForNewVersion(),
  ) {}

  /** Opens the connection; returns the disposer (for useEffect). */
  start(): () => void {
    const socket = connectRoom(this.sessionId, this.token, this.url);
    this.socket = socket;
    socket.on('view:full', (m) => this.applyFull(m));
    socket.on('view:patch', (m) => this.applyPatchMessage(m));
    socket.on('connect', () => this.update({ status: 'online' }));
    socket.on('disconnect', (reason) => {
      if (this.isTerminal()) return;
      // The server closes a removed person's socket itself; it will not let them back.
      if (reason === 'io server disconnect') {
        const admission = this.snapshot.view?.me.admission;
        this.update({ status: admission === 'removed' || admission === 'declined' ? 'revoked' : 'reconnecting' });
        if (admission !== 'removed' && admission !== 'declined') socket.connect();
        return;
      }
      this.update({ status: 'reconnecting' });
    });
    socket.on('connect_error', (err) => {
      const code = (err as Error & { data?: { code?: string } }).data?.code;
      if (code === 'upgrade_required') {
        socket.disconnect();
        this.onUpgradeRequired();
      } else if (code === 'revoked' || code === 'unauthorized') {
        socket.disconnect();
        this.update({ status: code });
      } else if (this.snapshot.status === 'online') {
        this.update({ status: 'reconnecting' });
      }
    });
    return () => this.stop();
  }

  stop(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RoomSnapshot => this.snapshot;

  /** Sends a command and resolves with its acknowledgement; never rejects. */
  send = <K extends CommandName>(name: K, payload: CommandInput<K>): Promise<CommandAck> => {
    const socket = this.socket;
    if (!socket || !socket.connected) {
      return Promise.resolve({
        ok: false,
        error: { code: 'internal', message: 'You are offline right now. Please try again when the connection is back.' },
      });
    }
    return new Promise((resolve) => {
      // The typed emit cannot see through the generic name; the event map still types callers of send().
      const timed = socket.timeout(ACK_TIMEOUT_MS);
      const emit = timed.emit as unknown as (
        ev: string,
        payload: unknown,
        cb: (err: Error | null, ack: CommandAck) => void,
      ) => void;
      emit.call(timed, name, payload, (err, ack) => {
        if (err) resolve({ ok: false, error: { code: 'internal', message: 'No answer from the server. Please try again.' } });
        else resolve(ack);
      });
    });
  };

  /** A single-use ticket for the shared notes WebSocket (facilitators only; see features/notes). Never rejects. */
  notesTicket = (): Promise<NotesTicketAck> => {
    const socket = this.socket;
    if (!socket || !socket.connected) {
      return Promise.resolve({ ok: false, error: { code: 'internal', message: 'You are offline right now.' } });
    }
    return new Promise((resolve) => {
      socket.timeout(ACK_TIMEOUT_MS).emit('notes:ticket', (err: Error | null, ack: NotesTicketAck) => {
        if (err) resolve({ ok: false, error: { code: 'internal', message: 'No answer from the server.' } });
        else resolve(ack);
      });
    });
  };

  /** Leaving is final for this browser: the socket closes and the token is forgotten by the caller. */
  async leave(): Promise<CommandAck> {
    const ack = await this.send('session:leave', {});
    if (ack.ok) {
      this.stop();
      this.update({ status: 'left' });
    }
    return ack;
  }

  private isTerminal(): boolean {
    const s = this.snapshot.status;
    return s === 'revoked' || s === 'unauthorized' || s === 'left';
  }

  private applyFull(m: ViewFullMessage): void {
    this.update({ view: m.view, v: m.v, clockOffset: m.serverNow - Date.now(), status: 'online' });
  }

  private applyPatchMessage(m: ViewPatchMessage): void {
    const { view, v } = this.snapshot;
    // Versions are per channel and start again when the server reloads the room, so any
    // patch that does not start from ours means a gap, whichever way the numbers differ.
    // A patch of our own part only has from === v and leaves v where it is.
    if (!view || m.from !== v) {
      this.resync();
      return;
    }
    this.update({ view: applyPatch(view, m.ops), v: m.v, clockOffset: m.serverNow - Date.now() });
  }

  /**
   * A panel could not render this view: tell the server which panel (no content,
   * so the log holds nothing anyone said), and fetch the whole view again.
   */
  reportFault = (panel: string): void => {
    this.socket?.emit('view:fault', { panel: panel.slice(0, 40) }, () => {});
    this.resync();
  };

  /** A gap in versions: ask for the whole view again and replace ours. */
  private resync(): void {
    this.socket?.emit('view:resync', (result) => {
      if (result.ok) this.applyFull(result);
    });
  }

  private update(change: Partial<RoomSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l();
  }
}
