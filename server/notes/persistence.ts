import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { DocStorage } from './shared-docs.js';
import { NOTES_TEXT } from '../../shared/notes/notes.js';
import type { NotesStore } from './notes-store.js';

/** Merge the stored updates into one row after this many. */
const COMPACT_EVERY = 200;

/** Notes documents in the store: loaded before an editor sees them, each update stored as it arrives. */
export class NotesPersistence implements DocStorage {
  private closed = false;

  constructor(
    private readonly store: NotesStore,
    private readonly logger: Logger,
  ) {}

  /**
   * Loads the stored notes into a fresh document before any client is sent
   * anything (better-sqlite3 is synchronous), then stores every later update
   * as it happens: an edit is on disk before the next message is read.
   */
  bind(sessionId: string, doc: Y.Doc): void {
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
  release(sessionId: string, doc: Y.Doc): void {
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
  }
}
