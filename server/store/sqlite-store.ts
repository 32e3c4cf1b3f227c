import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DomainEvent } from '../../shared/session/events.js';
import type { SealedRecord } from '../../shared/session/sealed.js';
import type { SessionState } from '../../shared/session/state.js';
import { SqliteNotesStore } from '../notes/notes-store.js';
import { MIGRATIONS } from './schema.js';
import type { Commit, Credential, LoadedSession, NewSessionRecord, SessionRow, Store } from './store.js';

export interface SqliteOptions {
  /** A file path, or ':memory:' for tests that need no restart. */
  file: string;
  /**
   * FULL (default) fsyncs each commit: an acknowledged command survives a power cut,
   * not only a killed process. NORMAL survives a killed process and is faster.
   */
  synchronous?: 'FULL' | 'NORMAL';
}

export function openDatabase({ file, synchronous = 'FULL' }: SqliteOptions): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  // Deleted content (rewritten sealed answers, purged sessions) is zeroed, not left in free pages.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let i = current; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  // A migration may have deleted data that must not linger (old check-in tallies): move the
  // pages it rewrote out of the WAL once, at start-up, rather than wait for the next checkpoint.
  if (current > 0 && current < MIGRATIONS.length) db.pragma('wal_checkpoint(TRUNCATE)');
}

interface SessionDbRow {
  id: string;
  group_id: string;
  join_code: string;
  cofac_invite_hash: string;
  created_at: number;
  ended_at: number | null;
}

function toSessionRow(r: SessionDbRow | undefined): SessionRow | undefined {
  return r && {
    sessionId: r.id,
    groupId: r.group_id,
    joinCode: r.join_code,
    coFacilitatorInviteHash: r.cofac_invite_hash,
    createdAt: r.created_at,
    endedAt: r.ended_at,
  };
}

export class SqliteStore implements Store {
  private readonly stmt;
  readonly notes: SqliteNotesStore;

  constructor(readonly db: Database.Database) {
    this.notes = new SqliteNotesStore(db);
    this.stmt = {
      insertGroup: db.prepare('INSERT INTO groups (id, name, agreement, created_at) VALUES (?, ?, ?, ?)'),
      insertGroupFacilitator: db.prepare(
        'INSERT OR IGNORE INTO group_facilitators (group_id, facilitator_id, name, role) VALUES (?, ?, ?, ?)',
      ),
      insertSession: db.prepare(
        'INSERT INTO sessions (id, group_id, join_code, cofac_invite_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      insertCredential: db.prepare('INSERT INTO credentials (token_hash, session_id, participant_id) VALUES (?, ?, ?)'),
      insertEvent: db.prepare('INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?)'),
      lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE session_id = ?').pluck(),
      upsertSealed: db.prepare(
        'INSERT INTO sealed (session_id, key, value) VALUES (?, ?, ?) ON CONFLICT (session_id, key) DO UPDATE SET value = excluded.value',
      ),
      upsertSnapshot: db.prepare(
        'INSERT INTO snapshots (session_id, seq, state) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state',
      ),
      setInvite: db.prepare('UPDATE sessions SET cofac_invite_hash = ? WHERE id = ?'),
      endSession: db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ?'),
      findSession: db.prepare('SELECT * FROM sessions WHERE id = ?'),
      findByCode: db.prepare('SELECT * FROM sessions WHERE join_code = ? AND ended_at IS NULL'),
      findCredential: db.prepare('SELECT session_id, participant_id FROM credentials WHERE token_hash = ?'),
      snapshot: db.prepare('SELECT seq, state FROM snapshots WHERE session_id = ?'),
      eventsAfter: db.prepare('SELECT body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq').pluck(),
      sealed: db.prepare('SELECT key, value FROM sealed WHERE session_id = ?'),
      countEvents: db.prepare('SELECT COUNT(*) FROM events WHERE session_id = ?').pluck(),
    };
  }

  createSession(r: NewSessionRecord): void {
    this.db.transaction(() => {
      this.stmt.insertGroup.run(r.groupId, r.groupName, r.agreement, r.createdAt);
      this.stmt.insertGroupFacilitator.run(r.groupId, r.facilitator.participantId, r.facilitator.name, 'facilitator');
      this.stmt.insertSession.run(r.sessionId, r.groupId, r.joinCode, r.coFacilitatorInviteHash, r.createdAt);
      this.stmt.insertCredential.run(r.facilitator.tokenHash, r.sessionId, r.facilitator.participantId);
      r.events.forEach((e, i) => this.stmt.insertEvent.run(r.sessionId, i + 1, JSON.stringify(e)));
    })();
  }

  findSession(sessionId: string): SessionRow | undefined {
    return toSessionRow(this.stmt.findSession.get(sessionId) as SessionDbRow | undefined);
  }

  findSessionByJoinCode(code: string): SessionRow | undefined {
    return toSessionRow(this.stmt.findByCode.get(code) as SessionDbRow | undefined);
  }

  findCredential(tokenHash: string): Credential | undefined {
    const row = this.stmt.findCredential.get(tokenHash) as { session_id: string; participant_id: string } | undefined;
    return row && { sessionId: row.session_id, participantId: row.participant_id };
  }

  setCoFacilitatorInvite(sessionId: string, inviteHash: string): void {
    this.stmt.setInvite.run(inviteHash, sessionId);
  }

  commit(c: Commit): void {
    this.db.transaction(() => {
      // Guards against two writers for one room (e.g. a second process): versions must line up.
      const last = this.stmt.lastSeq.get(c.sessionId) as number;
      if (last !== c.fromV) throw new Error(`version clash for session: stored ${last}, room at ${c.fromV}`);
      c.events.forEach((e, i) => this.stmt.insertEvent.run(c.sessionId, c.fromV + i + 1, JSON.stringify(e)));
      for (const s of c.sealed) this.stmt.upsertSealed.run(c.sessionId, s.key, JSON.stringify(s.value));
      if (c.credential) this.stmt.insertCredential.run(c.credential.tokenHash, c.sessionId, c.credential.participantId);
      if (c.snapshot) this.stmt.upsertSnapshot.run(c.sessionId, c.snapshot.v, JSON.stringify(c.snapshot));
      if (c.endedAt !== undefined) this.stmt.endSession.run(c.endedAt, c.sessionId);
    })();
  }

  load(sessionId: string): LoadedSession | undefined {
    if (!this.stmt.findSession.get(sessionId)) return undefined;
    const snap = this.stmt.snapshot.get(sessionId) as { seq: number; state: string } | undefined;
    const events = (this.stmt.eventsAfter.all(sessionId, snap?.seq ?? 0) as string[]).map(
      (body) => JSON.parse(body) as DomainEvent,
    );
    const sealed = (this.stmt.sealed.all(sessionId) as Array<{ key: string; value: string }>).map(
      (r): SealedRecord => ({ key: r.key, value: JSON.parse(r.value) as unknown }),
    );
    return { snapshot: snap ? (JSON.parse(snap.state) as SessionState) : null, events, sealed };
  }

  countEvents(sessionId: string): number {
    return this.stmt.countEvents.get(sessionId) as number;
  }

  close(): void {
    this.db.close();
  }
}
