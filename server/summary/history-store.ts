import type Database from 'better-sqlite3';
import type { DomainEvent } from '../../shared/domain/events.js';
import type { Role } from '../../shared/session/state.js';
import type { MeasureSettings } from '../../shared/measure/definitions.js';
import { parseMeasureSettings } from '../../shared/measure/settings.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';

/**
 * Group history and retention over the same SQLite file as the session store:
 * the group's sessions, its retention settings, kept aggregates, staff and member keys,
 * deletion and the compaction that makes deletion real on disk.
 */
export interface GroupRecord {
  id: string;
  name: string;
  agreement: string;
  /** 0: delete a session's detail as soon as it ends. */
  retentionDays: number;
  keepAggregates: boolean;
  keepFeedbackTexts: boolean;
}

export interface GroupSessionRow {
  sessionId: string;
  createdAt: number;
  endedAt: number | null;
}

export interface StaffKey {
  groupId: string;
  participantId: string;
  name: string;
  role: Extract<Role, 'facilitator' | 'cofacilitator'>;
}

/** A member of a group, as their token names them (server/auth/group-member.ts). */
export interface MemberKey {
  groupId: string;
  participantId: string;
}

export interface NextSessionRecord {
  sessionId: string;
  groupId: string;
  joinCode: string;
  coFacilitatorInviteHash: string;
  createdAt: number;
  facilitator: { participantId: string; name: string; role: StaffKey['role']; tokenHash: string };
  /** The members carried in from `fromSessionId`: their tokens there become member keys of the group. */
  members: { fromSessionId: string; participantIds: string[] };
  events: DomainEvent[];
}

export const DAY_MS = 24 * 60 * 60_000;

/** Group history as the routes use it: the same operations, answered asynchronously (off the main loop). */
export interface HistoryStore {
  group(groupId: string): Promise<GroupRecord | undefined>;
  setRetention(groupId: string, s: Pick<GroupRecord, 'retentionDays' | 'keepAggregates' | 'keepFeedbackTexts'>): Promise<void>;
  /** The group's measure settings; the defaults when it set none. */
  measureSettings(groupId: string): Promise<MeasureSettings>;
  setMeasureSettings(groupId: string, settings: MeasureSettings): Promise<void>;
  sessionsOf(groupId: string): Promise<GroupSessionRow[]>;
  allEvents(sessionId: string): Promise<DomainEvent[]>;
  aggregatesOf(groupId: string): Promise<SessionAggregate[]>;
  putAggregate(groupId: string, agg: SessionAggregate): Promise<void>;
  findKey(tokenHash: string): Promise<StaffKey | undefined>;
  putKey(tokenHash: string, key: StaffKey): Promise<void>;
  findMemberKey(tokenHash: string): Promise<MemberKey | undefined>;
  createNextSession(r: NextSessionRecord): Promise<void>;
  expiredSessions(now: number): Promise<Array<{ sessionId: string; groupId: string }>>;
  deleteSession(sessionId: string, keep?: { groupId: string; aggregate: SessionAggregate }): Promise<void>;
  deleteGroup(groupId: string): Promise<void>;
  compact(): Promise<void>;
}

/** The history tables, synchronously (inside the storage engine, server/store/engine.ts). */
export class SqliteHistory {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      group: db.prepare('SELECT id, name, agreement, retention_days, keep_aggregates, keep_feedback_texts FROM groups WHERE id = ?'),
      setRetention: db.prepare('UPDATE groups SET retention_days = ?, keep_aggregates = ?, keep_feedback_texts = ? WHERE id = ?'),
      measureSettings: db.prepare('SELECT body FROM measure_settings WHERE group_id = ?').pluck(),
      setMeasureSettings: db.prepare('INSERT INTO measure_settings (group_id, body) VALUES (?, ?) ON CONFLICT (group_id) DO UPDATE SET body = excluded.body'),
      sessions: db.prepare('SELECT id, created_at, ended_at FROM sessions WHERE group_id = ? ORDER BY created_at, id'),
      allEvents: db.prepare('SELECT body FROM events WHERE session_id = ? ORDER BY seq').pluck(),
      aggregates: db.prepare('SELECT body FROM session_aggregates WHERE group_id = ? ORDER BY started_at').pluck(),
      putAggregate: db.prepare(
        'INSERT INTO session_aggregates (session_id, group_id, started_at, body) VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET body = excluded.body',
      ),
      deleteAggregate: db.prepare('DELETE FROM session_aggregates WHERE session_id = ?'),
      findKey: db.prepare('SELECT group_id, facilitator_id, name, role FROM group_keys WHERE token_hash = ?'),
      putKey: db.prepare('INSERT OR IGNORE INTO group_keys (token_hash, group_id, facilitator_id, name, role) VALUES (?, ?, ?, ?, ?)'),
      findMemberKey: db.prepare('SELECT group_id, participant_id FROM member_keys WHERE token_hash = ?'),
      // A carried member's tokens of the session they come from; json_each reads the id list.
      putMemberKeys: db.prepare(`
        INSERT OR IGNORE INTO member_keys (token_hash, group_id, participant_id)
        SELECT token_hash, ?, participant_id FROM credentials
        WHERE session_id = ? AND participant_id IN (SELECT value FROM json_each(?))`),
      putFacilitator: db.prepare('INSERT OR IGNORE INTO group_facilitators (group_id, facilitator_id, name, role) VALUES (?, ?, ?, ?)'),
      insertSession: db.prepare('INSERT INTO sessions (id, group_id, join_code, cofac_invite_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      insertCredential: db.prepare('INSERT INTO credentials (token_hash, session_id, participant_id) VALUES (?, ?, ?)'),
      insertEvent: db.prepare('INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?)'),
      deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
      deleteGroup: db.prepare('DELETE FROM groups WHERE id = ?'),
      // Ended sessions expire retention_days after their end; one never ended (abandoned)
      // expires that long after it began, but never within its first day.
      expired: db.prepare(`
        SELECT s.id AS id, s.group_id AS group_id FROM sessions s JOIN groups g ON g.id = s.group_id
        WHERE (s.ended_at IS NOT NULL AND s.ended_at + g.retention_days * ${DAY_MS} <= @now)
           OR (s.ended_at IS NULL AND s.created_at + MAX(g.retention_days, 1) * ${DAY_MS} <= @now)`),
    };
  }

  group(groupId: string): GroupRecord | undefined {
    const r = this.stmt.group.get(groupId) as
      | { id: string; name: string; agreement: string; retention_days: number; keep_aggregates: number; keep_feedback_texts: number }
      | undefined;
    return (
      r && {
        id: r.id,
        name: r.name,
        agreement: r.agreement,
        retentionDays: r.retention_days,
        keepAggregates: r.keep_aggregates === 1,
        keepFeedbackTexts: r.keep_feedback_texts === 1,
      }
    );
  }

  setRetention(groupId: string, s: Pick<GroupRecord, 'retentionDays' | 'keepAggregates' | 'keepFeedbackTexts'>): void {
    this.stmt.setRetention.run(s.retentionDays, s.keepAggregates ? 1 : 0, s.keepFeedbackTexts ? 1 : 0, groupId);
  }

  measureSettings(groupId: string): MeasureSettings {
    const body = this.stmt.measureSettings.get(groupId) as string | undefined;
    return parseMeasureSettings(body === undefined ? undefined : JSON.parse(body));
  }

  setMeasureSettings(groupId: string, settings: MeasureSettings): void {
    this.stmt.setMeasureSettings.run(groupId, JSON.stringify(settings));
  }

  sessionsOf(groupId: string): GroupSessionRow[] {
    return (this.stmt.sessions.all(groupId) as Array<{ id: string; created_at: number; ended_at: number | null }>).map((r) => ({
      sessionId: r.id,
      createdAt: r.created_at,
      endedAt: r.ended_at,
    }));
  }

  /** The whole log (the session store's load() starts after the snapshot; the timeline needs it all). */
  allEvents(sessionId: string): DomainEvent[] {
    return (this.stmt.allEvents.all(sessionId) as string[]).map((b) => JSON.parse(b) as DomainEvent);
  }

  aggregatesOf(groupId: string): SessionAggregate[] {
    return (this.stmt.aggregates.all(groupId) as string[]).map((b) => JSON.parse(b) as SessionAggregate);
  }

  putAggregate(groupId: string, agg: SessionAggregate): void {
    this.stmt.putAggregate.run(agg.sessionId, groupId, agg.startedAt, JSON.stringify(agg));
  }

  findKey(tokenHash: string): StaffKey | undefined {
    const r = this.stmt.findKey.get(tokenHash) as { group_id: string; facilitator_id: string; name: string; role: StaffKey['role'] } | undefined;
    return r && { groupId: r.group_id, participantId: r.facilitator_id, name: r.name, role: r.role };
  }

  putKey(tokenHash: string, key: StaffKey): void {
    this.stmt.putKey.run(tokenHash, key.groupId, key.participantId, key.name, key.role);
  }

  findMemberKey(tokenHash: string): MemberKey | undefined {
    const r = this.stmt.findMemberKey.get(tokenHash) as { group_id: string; participant_id: string } | undefined;
    return r && { groupId: r.group_id, participantId: r.participant_id };
  }

  /** A further session of an existing group, its first staff member and its carried members keeping their ids. */
  createNextSession(r: NextSessionRecord): void {
    this.db.transaction(() => {
      const f = r.facilitator;
      this.stmt.putFacilitator.run(r.groupId, f.participantId, f.name, f.role);
      this.stmt.insertSession.run(r.sessionId, r.groupId, r.joinCode, r.coFacilitatorInviteHash, r.createdAt);
      this.stmt.insertCredential.run(f.tokenHash, r.sessionId, f.participantId);
      this.stmt.putKey.run(f.tokenHash, r.groupId, f.participantId, f.name, f.role);
      this.stmt.putMemberKeys.run(r.groupId, r.members.fromSessionId, JSON.stringify(r.members.participantIds));
      r.events.forEach((e, i) => this.stmt.insertEvent.run(r.sessionId, i + 1, JSON.stringify(e)));
    })();
  }

  expiredSessions(now: number): Array<{ sessionId: string; groupId: string }> {
    return (this.stmt.expired.all({ now }) as Array<{ id: string; group_id: string }>).map((r) => ({ sessionId: r.id, groupId: r.group_id }));
  }

  /**
   * Deletes a session and, by ON DELETE CASCADE, everything stored under it:
   * events, snapshots, sealed records, credentials and any feature table keyed by it.
   * `keep` is the nameless aggregate to keep in its place, if the facilitator chose so.
   */
  deleteSession(sessionId: string, keep?: { groupId: string; aggregate: SessionAggregate }): void {
    this.db.transaction(() => {
      this.stmt.deleteSession.run(sessionId);
      if (keep) this.putAggregate(keep.groupId, keep.aggregate);
      else this.stmt.deleteAggregate.run(sessionId);
    })();
  }

  /** Deletes the group and, by cascade, all of its sessions; returns their ids (the engine forgets them in its side record). */
  deleteGroup(groupId: string): string[] {
    const ids = (this.stmt.sessions.all(groupId) as Array<{ id: string }>).map((r) => r.id);
    this.stmt.deleteGroup.run(groupId);
    return ids;
  }

  /**
   * Makes deletion real on disk: secure_delete has zeroed the freed pages; copy the
   * WAL into the file and cut it to zero, rebuild the file without free pages, and
   * empty the WAL again (VACUUM writes through it).
   */
  compact(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
