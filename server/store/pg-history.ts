import type pg from 'pg';
import type { DomainEvent } from '../../shared/domain/events.js';
import type { MeasureSettings } from '../../shared/measure/definitions.js';
import { parseMeasureSettings } from '../../shared/measure/settings.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';
import { DAY_MS } from '../summary/history-store.js';
import type { GroupRecord, GroupSessionRow, HistoryStore, MemberKey, NextSessionRecord, StaffKey } from '../summary/history-store.js';
import { insertEvents } from './pg-sessions.js';
import type { Queryable } from './pg-sessions.js';
import type { PgWriter } from './pg-writer.js';

function putAggregate(q: Queryable, groupId: string, agg: SessionAggregate) {
  return q.query(
    'INSERT INTO session_aggregates (session_id, group_id, started_at, body) VALUES ($1, $2, $3, $4) ON CONFLICT (session_id) DO UPDATE SET body = excluded.body',
    [agg.sessionId, groupId, agg.startedAt, JSON.stringify(agg)],
  );
}

/** Group history and retention in PostgreSQL: the same operations, under the same names, as SqliteHistory (server/summary/history-store.ts). */
export class PgHistory implements HistoryStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly writer: PgWriter,
  ) {}

  async group(groupId: string): Promise<GroupRecord | undefined> {
    const r = (
      await this.pool.query<{ id: string; name: string; agreement: string; retention_days: number; keep_aggregates: boolean; keep_feedback_texts: boolean }>(
        'SELECT id, name, agreement, retention_days, keep_aggregates, keep_feedback_texts FROM groups WHERE id = $1',
        [groupId],
      )
    ).rows[0];
    return (
      r && {
        id: r.id,
        name: r.name,
        agreement: r.agreement,
        retentionDays: r.retention_days,
        keepAggregates: r.keep_aggregates,
        keepFeedbackTexts: r.keep_feedback_texts,
      }
    );
  }

  setRetention(groupId: string, s: Pick<GroupRecord, 'retentionDays' | 'keepAggregates' | 'keepFeedbackTexts'>): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('UPDATE groups SET retention_days = $1, keep_aggregates = $2, keep_feedback_texts = $3 WHERE id = $4', [s.retentionDays, s.keepAggregates, s.keepFeedbackTexts, groupId]);
    });
  }

  async measureSettings(groupId: string): Promise<MeasureSettings> {
    const r = (await this.pool.query<{ body: string }>('SELECT body FROM measure_settings WHERE group_id = $1', [groupId])).rows[0];
    return parseMeasureSettings(r === undefined ? undefined : JSON.parse(r.body));
  }

  setMeasureSettings(groupId: string, settings: MeasureSettings): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('INSERT INTO measure_settings (group_id, body) VALUES ($1, $2) ON CONFLICT (group_id) DO UPDATE SET body = excluded.body', [groupId, JSON.stringify(settings)]);
    });
  }

  async sessionsOf(groupId: string): Promise<GroupSessionRow[]> {
    const rows = (await this.pool.query<{ id: string; created_at: number; ended_at: number | null }>('SELECT id, created_at, ended_at FROM sessions WHERE group_id = $1 ORDER BY created_at, id', [groupId])).rows;
    return rows.map((r) => ({ sessionId: r.id, createdAt: r.created_at, endedAt: r.ended_at }));
  }

  async allEvents(sessionId: string): Promise<DomainEvent[]> {
    const rows = (await this.pool.query<{ body: string }>('SELECT body FROM events WHERE session_id = $1 ORDER BY seq', [sessionId])).rows;
    return rows.map((r) => JSON.parse(r.body) as DomainEvent);
  }

  async aggregatesOf(groupId: string): Promise<SessionAggregate[]> {
    const rows = (await this.pool.query<{ body: string }>('SELECT body FROM session_aggregates WHERE group_id = $1 ORDER BY started_at', [groupId])).rows;
    return rows.map((r) => JSON.parse(r.body) as SessionAggregate);
  }

  putAggregate(groupId: string, agg: SessionAggregate): Promise<void> {
    return this.writer.run(async (c) => void (await putAggregate(c, groupId, agg)));
  }

  async findKey(tokenHash: string): Promise<StaffKey | undefined> {
    const r = (await this.pool.query<{ group_id: string; facilitator_id: string; name: string; role: StaffKey['role'] }>('SELECT group_id, facilitator_id, name, role FROM group_keys WHERE token_hash = $1', [tokenHash])).rows[0];
    return r && { groupId: r.group_id, participantId: r.facilitator_id, name: r.name, role: r.role };
  }

  putKey(tokenHash: string, key: StaffKey): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('INSERT INTO group_keys (token_hash, group_id, facilitator_id, name, role) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [
        tokenHash,
        key.groupId,
        key.participantId,
        key.name,
        key.role,
      ]);
    });
  }

  async findMemberKey(tokenHash: string): Promise<MemberKey | undefined> {
    const r = (await this.pool.query<{ group_id: string; participant_id: string }>('SELECT group_id, participant_id FROM member_keys WHERE token_hash = $1', [tokenHash])).rows[0];
    return r && { groupId: r.group_id, participantId: r.participant_id };
  }

  createNextSession(r: NextSessionRecord): Promise<void> {
    return this.writer.run(async (c) => {
      const f = r.facilitator;
      await c.query('INSERT INTO group_facilitators (group_id, facilitator_id, name, role) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [r.groupId, f.participantId, f.name, f.role]);
      await c.query('INSERT INTO sessions (id, group_id, join_code, cofac_invite_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [r.sessionId, r.groupId, r.joinCode, r.coFacilitatorInviteHash, r.createdAt]);
      await c.query('INSERT INTO credentials (token_hash, session_id, participant_id) VALUES ($1, $2, $3)', [f.tokenHash, r.sessionId, f.participantId]);
      await c.query('INSERT INTO group_keys (token_hash, group_id, facilitator_id, name, role) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [f.tokenHash, r.groupId, f.participantId, f.name, f.role]);
      await c.query(
        `INSERT INTO member_keys (token_hash, group_id, participant_id)
         SELECT token_hash, $1, participant_id FROM credentials WHERE session_id = $2 AND participant_id = ANY($3::text[])
         ON CONFLICT DO NOTHING`,
        [r.groupId, r.members.fromSessionId, r.members.participantIds],
      );
      await insertEvents(c, r.sessionId, 1, r.events);
    });
  }

  /** As SqliteHistory: ended sessions expire retention_days after their end; one never ended, that long after it began but never within its first day. */
  async expiredSessions(now: number): Promise<Array<{ sessionId: string; groupId: string }>> {
    const rows = (
      await this.pool.query<{ id: string; group_id: string }>(
        `SELECT s.id, s.group_id FROM sessions s JOIN groups g ON g.id = s.group_id
         WHERE (s.ended_at IS NOT NULL AND s.ended_at + g.retention_days::bigint * ${DAY_MS} <= $1)
            OR (s.ended_at IS NULL AND s.created_at + GREATEST(g.retention_days, 1)::bigint * ${DAY_MS} <= $1)`,
        [now],
      )
    ).rows;
    return rows.map((r) => ({ sessionId: r.id, groupId: r.group_id }));
  }

  deleteSession(sessionId: string, keep?: { groupId: string; aggregate: SessionAggregate }): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
      if (keep) await putAggregate(c, keep.groupId, keep.aggregate);
      else await c.query('DELETE FROM session_aggregates WHERE session_id = $1', [sessionId]);
    });
  }

  deleteGroup(groupId: string): Promise<void> {
    return this.writer.run(async (c) => void (await c.query('DELETE FROM groups WHERE id = $1', [groupId])));
  }

  /**
   * Deleted rows stay in PostgreSQL's pages as dead tuples until vacuumed: VACUUM
   * the tables that held session content, so the space (and the bytes) are reused.
   * VACUUM cannot run in a transaction, so it runs outside the writer's batches.
   */
  async compact(): Promise<void> {
    await this.pool.query('VACUUM events, snapshots, sealed, credentials, note_updates, sessions, groups, group_facilitators, group_keys, member_keys, session_aggregates, group_programmes, member_preparation');
  }
}
