import type pg from 'pg';
import type { NotesStore } from '../notes/notes-store.js';
import type { PgWriter } from './pg-writer.js';

const bytes = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * Notes documents (Yjs updates) in PostgreSQL, so they follow the session to
 * whichever node owns it: the owner loads them from here when an editor
 * connects. Writes go through the writer, in order, as the session's do.
 */
export class PgNotes implements NotesStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly writer: PgWriter,
  ) {}

  append(sessionId: string, update: Uint8Array): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('INSERT INTO note_updates (session_id, seq, body) VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM note_updates WHERE session_id = $1), $2)', [sessionId, bytes(update)]);
    });
  }

  async load(sessionId: string): Promise<Uint8Array[]> {
    const rows = (await this.pool.query<{ body: Buffer }>('SELECT body FROM note_updates WHERE session_id = $1 ORDER BY seq', [sessionId])).rows;
    return rows.map((r) => new Uint8Array(r.body));
  }

  compact(sessionId: string, merged: Uint8Array): Promise<void> {
    return this.writer.run(async (c) => {
      const max = (await c.query<{ n: number }>('SELECT COALESCE(MAX(seq), 0)::int AS n FROM note_updates WHERE session_id = $1', [sessionId])).rows[0]!.n;
      await c.query('DELETE FROM note_updates WHERE session_id = $1 AND seq <= $2', [sessionId, max]);
      await c.query('INSERT INTO note_updates (session_id, seq, body) VALUES ($1, $2, $3)', [sessionId, max + 1, bytes(merged)]);
    });
  }

  async count(sessionId: string): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM note_updates WHERE session_id = $1', [sessionId])).rows[0]!.n;
  }
}
