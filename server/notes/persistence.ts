import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { setPersistence } from '@y/websocket-server/utils';
import type { WSSharedDoc } from '@y/websocket-server/utils';
import { NOTES_TEXT } from '../../shared/notes/notes.js';
import type { NotesStore } from './notes-store.js';

/** Merge the stored updates into one row after this many. */
const COMPACT_EVERY = 200;

/**
 * The y-websocket server utilities keep one process-wide document map and one
 * persistence hook. So each server instance gets a tag, its documents are
 * named `<tag>/<sessionId>`, and the single hook hands each document to its
 * instance's store. (Tests run several servers in one process.)
 */
const instances = new Map<string, NotesPersistence>();
let hookInstalled = false;

function split(docName: string): [NotesPersistence | undefined, string] {
  const slash = docName.indexOf('/');
  return [instances.get(docName.slice(0, slash)), docName.slice(slash + 1)];
}

function installHook(): void {
  if (hookInstalled) return;
  hookInstalled = true;
  setPersistence({
    provider: null,
    bindState: (docName, doc) => {
      const [owner, sessionId] = split(docName);
      owner?.bind(sessionId, doc);
    },
    writeState: async (docName, doc) => {
      const [owner, sessionId] = split(docName);
      owner?.release(sessionId, doc);
    },
  });
}

export class NotesPersistence {
  private readonly tag = randomBytes(6).toString('hex');
  private closed = false;

  constructor(
    private readonly store: NotesStore,
    private readonly logger: Logger,
  ) {
    installHook();
    instances.set(this.tag, this);
  }

  docName(sessionId: string): string {
    return `${this.tag}/${sessionId}`;
  }

  /**
   * Loads the stored notes into a fresh document before any client is sent
   * anything (better-sqlite3 is synchronous), then stores every later update
   * as it happens: an edit is on disk before the next message is read.
   */
  bind(sessionId: string, doc: WSSharedDoc): void {
    const updates = this.store.load(sessionId);
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates), this);
    if (updates.length > 1) this.compact(sessionId, doc);
    let sinceCompaction = 0;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || this.closed) return;
      try {
        this.store.append(sessionId, update);
        if (++sinceCompaction >= COMPACT_EVERY) {
          sinceCompaction = 0;
          this.compact(sessionId, doc);
        }
      } catch (err) {
        this.logger.error({ err, sessionId }, 'notes update not stored');
      }
    });
  }

  /** The last editor left: merge what was stored into one row. */
  release(sessionId: string, doc: WSSharedDoc): void {
    if (this.closed) return;
    try {
      if (this.store.count(sessionId) > 1) this.compact(sessionId, doc);
    } catch (err) {
      this.logger.error({ err, sessionId }, 'notes compaction failed');
    }
  }

  private compact(sessionId: string, doc: Y.Doc): void {
    this.store.compact(sessionId, Y.encodeStateAsUpdate(doc));
  }

  /** The notes as plain text, from the store (always current: every update is stored as it arrives). */
  plainText(sessionId: string): string {
    const updates = this.store.load(sessionId);
    if (updates.length === 0) return '';
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, Y.mergeUpdates(updates));
      return doc.getText(NOTES_TEXT).toString();
    } finally {
      doc.destroy();
    }
  }

  close(): void {
    this.closed = true;
    instances.delete(this.tag);
  }
}
