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
  private readonly sinceCompaction = new Map<string, number>();

  constructor(
    private readonly store: NotesStore,
    private readonly logger: Logger,
  ) {}

  /** Loads the stored notes into a fresh document before any client is sent anything. */
  async load(sessionId: string, doc: Y.Doc): Promise<void> {
    const updates = await this.store.load(sessionId);
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates), this);
    if (updates.length > 1) await this.compact(sessionId, doc);
  }

  /**
   * Stores an update as it happens; resolves once it is durable (the document
   * relays it to the other editors only then). Updates are stored in the order
   * they were made; every COMPACT_EVERY of them the rows are merged into one.
   */
  async save(sessionId: string, doc: Y.Doc, update: Uint8Array): Promise<void> {
    if (this.closed) return;
    const written = this.store.append(sessionId, update);
    const n = (this.sinceCompaction.get(sessionId) ?? 0) + 1;
    this.sinceCompaction.set(sessionId, n >= COMPACT_EVERY ? 0 : n);
    if (n >= COMPACT_EVERY) void this.compact(sessionId, doc).catch((err: unknown) => this.logger.error({ err, sessionId }, 'notes compaction failed'));
    await written;
  }

  /** The last editor left: merge what was stored into one row. */
  async release(sessionId: string, doc: Y.Doc): Promise<void> {
    this.sinceCompaction.delete(sessionId);
    if (this.closed) return;
    try {
      if ((await this.store.count(sessionId)) > 1) await this.compact(sessionId, doc);
    } catch (err) {
      this.logger.error({ err, sessionId }, 'notes compaction failed');
    }
  }

  private compact(sessionId: string, doc: Y.Doc): Promise<void> {
    return this.store.compact(sessionId, Y.encodeStateAsUpdate(doc));
  }

  /** The notes as plain text, from the store (every update relayed to anyone is stored). */
  async plainText(sessionId: string): Promise<string> {
    const updates = await this.store.load(sessionId);
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
