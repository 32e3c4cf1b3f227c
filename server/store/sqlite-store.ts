import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DomainEvent } from '../../shared/domain/events.js';
import { decodeEvent, decodeSealed, decodeSnapshot, encodeEvent, encodeSnapshot } from './codec.js';
import { atomic } from './atomic.js';
import { MIGRATIONS } from './schema.js';
import type { Commit, Credential, LoadedSession, NewSessionRecord, SessionRow } from './store.js';

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

/**
 * The session tables, synchronously, on one better-sqlite3 handle. Only the
 * storage engine (engine.ts) holds one: in the server that is the store worker's
 * thread (worker-store.ts), never the main event loop.
 */
export class SqliteSessions {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      insertGroup: db.prepare('INSERT INTO groups (id, name, agreement, created_at) VALUES (?, ?, ?, ?)'),
      insertGroupFacilitator: db.prepare(
        'INSERT OR IGNORE INTO group_facilitators (group_id, facilitator_id, name, role) VALUES (?, ?, ?, ?)',
      ),
      insertSession: db.prepare(
        'INSERT INTO sessions (id, group_id, join_code, cofac_invite_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      insertCredential: db.prepare('INSERT INTO credentials (token_hash, session_id, participant_id) VALUES (?, ?, ?)'),
      insertEvent: db.prepare('INSERT INTO events (session_id, seq, version, body) VALUES (?, ?, ?, ?)'),
      lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE session_id = ?').pluck(),
      upsertSealed: db.prepare(
        'INSERT INTO sealed (session_id, key, value) VALUES (?, ?, ?) ON CONFLICT (session_id, key) DO UPDATE SET value = excluded.value',
      ),
      upsertSnapshot: db.prepare(
        'INSERT INTO snapshots (session_id, seq, version, state) VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, version = excluded.version, state = excluded.state',
      ),
      setInvite: db.prepare('UPDATE sessions SET cofac_invite_hash = ? WHERE id = ?'),
      endSession: db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ?'),
      findSession: db.prepare('SELECT * FROM sessions WHERE id = ?'),
      findByCode: db.prepare('SELECT * FROM sessions WHERE join_code = ? AND ended_at IS NULL'),
      findCredential: db.prepare('SELECT session_id, participant_id FROM credentials WHERE token_hash = ?'),
      snapshot: db.prepare('SELECT seq, version, state FROM snapshots WHERE session_id = ?'),
      eventsAfter: db.prepare('SELECT seq, version, body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq'),
      sealed: db.prepare('SELECT key, value FROM sealed WHERE session_id = ?'),
      countEvents: db.prepare('SELECT COUNT(*) FROM events WHERE session_id = ?').pluck(),
    };
    this.commit = atomic(db, (c: Commit) => this.writeCommit(c));
  }

  createSession(r: NewSessionRecord): void {
    this.db.transaction(() => {
      this.stmt.insertGroup.run(r.groupId, r.groupName, r.agreement, r.createdAt);
      this.stmt.insertGroupFacilitator.run(r.groupId, r.facilitator.participantId, r.facilitator.name, 'facilitator');
      this.stmt.insertSession.run(r.sessionId, r.groupId, r.joinCode, r.coFacilitatorInviteHash, r.createdAt);
      this.stmt.insertCredential.run(r.facilitator.tokenHash, r.sessionId, r.facilitator.participantId);
      r.events.forEach((e, i) => this.insertEvent(r.sessionId, i + 1, e));
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

  /** A command's events and what goes with them; atomic (atomic.ts). */
  readonly commit: (c: Commit) => void;

  private writeCommit(c: Commit): void {
    // Guards against two writers for one room (e.g. a second process): versions must line up.
    const last = this.stmt.lastSeq.get(c.sessionId) as number;
    if (last !== c.fromV) throw new Error(`version clash for session: stored ${last}, room at ${c.fromV}`);
    c.events.forEach((e, i) => this.insertEvent(c.sessionId, c.fromV + i + 1, e));
    for (const s of c.sealed) this.stmt.upsertSealed.run(c.sessionId, s.key, JSON.stringify(s.value));
    if (c.credential) this.stmt.insertCredential.run(c.credential.tokenHash, c.sessionId, c.credential.participantId);
    if (c.snapshot) {
      const { version, state } = encodeSnapshot(c.snapshot);
      this.stmt.upsertSnapshot.run(c.sessionId, c.snapshot.v, version, state);
    }
    if (c.endedAt !== undefined) this.stmt.endSession.run(c.endedAt, c.sessionId);
  }

  load(sessionId: string): LoadedSession | undefined {
    if (!this.stmt.findSession.get(sessionId)) return undefined;
    // Rows are parsed by the codec (codec.ts); an unreadable event throws StoredDataError for this session only.
    const row: unknown = this.stmt.snapshot.get(sessionId);
    const snap = row === undefined ? null : decodeSnapshot(row);
    const from = snap?.ok ? snap.seq : 0;
    const events = this.stmt.eventsAfter.all(sessionId, from).map((r) => decodeEvent(sessionId, r));
    const sealed = this.stmt.sealed.all(sessionId).map((r) => decodeSealed(sessionId, r));
    return {
      snapshot: snap?.ok ? snap.state : null,
      events,
      sealed,
      ...(snap && !snap.ok ? { droppedSnapshot: snap.reason } : {}),
    };
  }

  private insertEvent(sessionId: string, seq: number, event: DomainEvent): void {
    const { version, body } = encodeEvent(event);
    this.stmt.insertEvent.run(sessionId, seq, version, body);
  }

  countEvents(sessionId: string): number {
    return this.stmt.countEvents.get(sessionId) as number;
  }
}
