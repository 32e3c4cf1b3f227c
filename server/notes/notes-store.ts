import type Database from 'better-sqlite3';

/** Where notes documents live: their Yjs updates, in order. Part of the Store (see server/store/store.ts). */
export interface NotesStore {
  /** Durable when it resolves; appends are stored in the order they were made. */
  append(sessionId: string, update: Uint8Array): Promise<void>;
  /** Every stored update for the session, oldest first (often just one, after compaction). */
  load(sessionId: string): Promise<Uint8Array[]>;
  /** Replaces every stored update with `merged`, the whole document, atomically. */
  compact(sessionId: string, merged: Uint8Array): Promise<void>;
  count(sessionId: string): Promise<number>;
}

/** The notes table, synchronously (inside the storage engine, engine.ts). */
export class SqliteNotes {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      append: db.prepare(
        'INSERT INTO note_updates (session_id, seq, body) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM note_updates WHERE session_id = ?), ?)',
      ),
      load: db.prepare('SELECT body FROM note_updates WHERE session_id = ? ORDER BY seq').pluck(),
      maxSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) FROM note_updates WHERE session_id = ?').pluck(),
      deleteUpTo: db.prepare('DELETE FROM note_updates WHERE session_id = ? AND seq <= ?'),
      insert: db.prepare('INSERT INTO note_updates (session_id, seq, body) VALUES (?, ?, ?)'),
      count: db.prepare('SELECT COUNT(*) FROM note_updates WHERE session_id = ?').pluck(),
    };
  }

  append(sessionId: string, update: Uint8Array): void {
    this.stmt.append.run(sessionId, sessionId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  load(sessionId: string): Uint8Array[] {
    return (this.stmt.load.all(sessionId) as Buffer[]).map((b) => new Uint8Array(b));
  }

  compact(sessionId: string, merged: Uint8Array): void {
    this.db.transaction(() => {
      const max = this.stmt.maxSeq.get(sessionId) as number;
      this.stmt.deleteUpTo.run(sessionId, max);
      this.stmt.insert.run(sessionId, max + 1, Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength));
    })();
  }

  count(sessionId: string): number {
    return this.stmt.count.get(sessionId) as number;
  }
}
