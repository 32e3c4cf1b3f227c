import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-websocket's message kinds (server/notes/shared-docs.ts speaks the same); awareness (1) is not used by the bench. */
const MESSAGE_SYNC = 0;

/** Updates applied from the server carry this origin, so a document's listeners can tell them from local edits. */
export const REMOTE = Symbol('remote');

/**
 * One Y.Doc synced over the y-websocket protocol, only as much of it as the
 * bench needs (no awareness, no reconnection): on open it sends sync step 1
 * (its state vector) and answers the server's step 1 with step 2; the
 * server's step 2 and every later update are applied to the document with
 * the REMOTE origin and passed to `onUpdate`. Local edits go out with `send`.
 */
export class YSocket {
  private readonly ws: WebSocket;
  /** Every remote update as it arrived (sync step 2 included): the raw Yjs update. */
  onUpdate: ((update: Uint8Array) => void) | null = null;
  /** Every binary frame's payload size, as it arrived (for byte counts). */
  onFrame: ((bytes: number) => void) | null = null;
  /** Resolves once the server's sync step 2 is applied; rejects if the upgrade or the socket fails first. */
  readonly synced: Promise<void>;

  constructor(
    url: string,
    private readonly doc: Y.Doc,
    headers: Record<string, string> = {},
  ) {
    this.ws = new WebSocket(url, { perMessageDeflate: false, headers });
    this.ws.binaryType = 'nodebuffer';
    this.synced = new Promise((resolve, reject) => {
      this.ws.once('open', () => this.ws.send(message((e) => syncProtocol.writeSyncStep1(e, doc))));
      this.ws.on('message', (data: Buffer) => {
        this.onFrame?.(data.byteLength);
        if (this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) === syncProtocol.messageYjsSyncStep2) resolve();
      });
      // A refused upgrade is an error too ("Unexpected server response: 401"); later errors end the socket (then 'close').
      this.ws.on('error', reject);
      this.ws.once('close', () => reject(new Error('notes socket closed before sync')));
    });
    // Rejections after a failed sync are reported through `synced` only.
    this.synced.catch(() => {});
  }

  /** Handles one message; returns the sync message kind, or null for any other message. */
  private receive(data: Uint8Array): number | null {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      this.ws.send(message((e) => syncProtocol.readSyncStep1(decoder, e, this.doc)));
    } else {
      const update = decoding.readVarUint8Array(decoder);
      Y.applyUpdate(this.doc, update, REMOTE);
      this.onUpdate?.(update);
    }
    return kind;
  }

  /** Sends a local update (from the document's 'update' event) as a y-websocket update message. */
  send(update: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message((e) => syncProtocol.writeUpdate(e, update)));
  }

  close(): void {
    this.ws.close();
  }
}

/** A sync message: the kind byte, then what `write` adds. */
function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
