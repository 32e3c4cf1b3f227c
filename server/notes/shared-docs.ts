import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The two message kinds of the standard y-websocket protocol (what y-websocket's client speaks). */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/** A connection that has not answered a ping for this long is gone (a laptop lid closed). */
const PING_EVERY_MS = 30_000;

/**
 * What a notes document needs from storage: load it before anyone sees it,
 * store each update (resolving once durable, in order), tidy up when the last
 * editor leaves. Loaded updates are applied with the storage as their origin.
 */
export interface DocStorage {
  load(sessionId: string, doc: Y.Doc): Promise<void>;
  save(sessionId: string, doc: Y.Doc, update: Uint8Array): Promise<void>;
  release(sessionId: string, doc: Y.Doc): Promise<void>;
}

/** One live document and the connections editing it, each with the awareness ids it controls. */
class LiveDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Map<WebSocket, Set<number>>();
  readonly ready: Promise<void>;

  constructor(storage: DocStorage, sessionId: string, logger: Logger) {
    this.awareness.setLocalState(null); // the server has no caret of its own
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === storage) return;
      // Relayed to the other editors only once it is stored: nobody sees an edit the store lacks.
      storage.save(sessionId, this.doc, update).then(
        () => {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, MESSAGE_SYNC);
          syncProtocol.writeUpdate(encoder, update);
          this.broadcast(encoding.toUint8Array(encoder));
        },
        (err: unknown) => logger.error({ err, sessionId }, 'notes update not stored'),
      );
    });
    this.ready = storage.load(sessionId, this.doc);
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const ids = this.conns.get(origin as WebSocket);
      if (ids) {
        for (const id of added) ids.add(id);
        for (const id of removed) ids.delete(id);
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      this.broadcast(encoding.toUint8Array(encoder));
    });
  }

  broadcast(message: Uint8Array): void {
    for (const conn of this.conns.keys()) send(conn, message);
  }
}

function send(conn: WebSocket, message: Uint8Array): void {
  if (conn.readyState !== conn.OPEN) return;
  conn.send(message, (err) => {
    if (err) conn.terminate();
  });
}

/**
 * Our own y-websocket server side, over y-protocols and lib0: a document per
 * session, loaded from storage when its first editor connects and released
 * when the last one leaves. (It replaces @y/websocket-server, which brought
 * ws@6 and a LevelDB native module into production that Attune never used.)
 */
export class SharedDocs {
  private readonly docs = new Map<string, LiveDoc>();

  constructor(
    private readonly storage: DocStorage,
    private readonly logger: Logger,
  ) {}

  /** The live document of a session, if anyone is editing it. */
  live(sessionId: string): Y.Doc | undefined {
    return this.docs.get(sessionId)?.doc;
  }

  /** Loads the document if this is its first editor; messages that arrive meanwhile wait for it. */
  async connect(conn: WebSocket, sessionId: string): Promise<void> {
    let live = this.docs.get(sessionId);
    if (!live) {
      live = new LiveDoc(this.storage, sessionId, this.logger);
      this.docs.set(sessionId, live);
    }
    const doc = live;
    doc.conns.set(conn, new Set());
    conn.binaryType = 'arraybuffer';
    const early: Uint8Array[] = [];
    let loaded = false;
    conn.on('message', (data: ArrayBuffer) => {
      if (loaded) this.receive(conn, doc, new Uint8Array(data));
      else early.push(new Uint8Array(data));
    });
    try {
      await doc.ready;
    } catch (err) {
      doc.conns.delete(conn);
      if (this.docs.get(sessionId) === doc && doc.conns.size === 0) this.docs.delete(sessionId);
      throw err;
    }

    let alive = true;
    conn.on('pong', () => (alive = true));
    const ping = setInterval(() => {
      if (!alive) return conn.terminate();
      alive = false;
      conn.ping();
    }, PING_EVERY_MS);
    conn.once('close', () => {
      clearInterval(ping);
      this.leave(conn, sessionId, doc);
    });

    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, doc.doc);
    send(conn, encoding.toUint8Array(encoder));
    const states = doc.awareness.getStates();
    if (states.size > 0) {
      const aw = encoding.createEncoder();
      encoding.writeVarUint(aw, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(aw, awarenessProtocol.encodeAwarenessUpdate(doc.awareness, [...states.keys()]));
      send(conn, encoding.toUint8Array(aw));
    }
    loaded = true;
    for (const m of early.splice(0)) this.receive(conn, doc, m);
  }

  private receive(conn: WebSocket, live: LiveDoc, message: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(message);
      const encoder = encoding.createEncoder();
      switch (decoding.readVarUint(decoder)) {
        case MESSAGE_SYNC:
          encoding.writeVarUint(encoder, MESSAGE_SYNC);
          syncProtocol.readSyncMessage(decoder, encoder, live.doc, conn);
          // Only a step 1 asks for an answer; the encoder then holds more than its type byte.
          if (encoding.length(encoder) > 1) send(conn, encoding.toUint8Array(encoder));
          break;
        case MESSAGE_AWARENESS:
          awarenessProtocol.applyAwarenessUpdate(live.awareness, decoding.readVarUint8Array(decoder), conn);
          break;
        default:
          break; // unknown kinds are ignored, as the reference server does
      }
    } catch (err) {
      // A malformed message ends that connection only; the document and other editors carry on.
      this.logger.warn({ err: (err as Error).message }, 'notes message refused');
      conn.close(1003);
    }
  }

  private leave(conn: WebSocket, sessionId: string, live: LiveDoc): void {
    const ids = live.conns.get(conn);
    live.conns.delete(conn);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(live.awareness, [...ids], null);
    if (live.conns.size > 0 || this.docs.get(sessionId) !== live) return;
    this.docs.delete(sessionId);
    // Compaction reads the document as it is now; it is destroyed once that is stored.
    void this.storage.release(sessionId, live.doc).finally(() => {
      live.awareness.destroy();
      live.doc.destroy();
    });
  }
}
