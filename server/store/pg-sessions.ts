import type pg from 'pg';
import type { DomainEvent } from '../../shared/domain/events.js';
import { OwnershipLost } from '../cluster/ownership.js';
import { decodeEvent, decodeSealed, decodeSnapshot, encodeEvent, encodeSnapshot } from './codec.js';
import type { PgWriter } from './pg-writer.js';
import type { Commit, Credential, LoadedSession, NewSessionRecord, SessionRow } from './store.js';

/** A query on any connection: the pool for reads, the writer's client inside a batch. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;


/** The lease this node must hold for a commit to go in, or null when nodes do not share sessions (one node). */
export type FenceOf = (sessionId: string) => { nodeId: string; epoch: number } | null;

interface SessionDbRow {
  id: string;
  group_id: string;
  join_code: string;
  cofac_invite_hash: string;
  created_at: number;
  ended_at: number | null;
}

function toSessionRow(r: SessionDbRow | undefined): SessionRow | undefined {
  return (
    r && {
      sessionId: r.id,
      groupId: r.group_id,
      joinCode: r.join_code,
      coFacilitatorInviteHash: r.cofac_invite_hash,
      createdAt: r.created_at,
      endedAt: r.ended_at,
    }
  );
}

export async function insertEvents(q: Queryable, sessionId: string, firstSeq: number, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const encoded = events.map(encodeEvent);
  await q.query(
    'INSERT INTO events (session_id, seq, version, body) SELECT $1, s, v, b FROM unnest($2::int[], $3::int[], $4::text[]) AS t(s, v, b)',
    [sessionId, encoded.map((_, i) => firstSeq + i), encoded.map((e) => e.version), encoded.map((e) => e.body)],
  );
}

/** The session tables in PostgreSQL: the same operations as SqliteSessions (sqlite-store.ts), asynchronously. */
export class PgSessions {
  constructor(
    private readonly pool: pg.Pool,
    private readonly writer: PgWriter,
    private readonly fenceOf: FenceOf,
  ) {}

  createSession(r: NewSessionRecord): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('INSERT INTO groups (id, name, agreement, created_at) VALUES ($1, $2, $3, $4)', [r.groupId, r.groupName, r.agreement, r.createdAt]);
      await c.query(
        'INSERT INTO group_facilitators (group_id, facilitator_id, name, role) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [r.groupId, r.facilitator.participantId, r.facilitator.name, 'facilitator'],
      );
      await c.query('INSERT INTO sessions (id, group_id, join_code, cofac_invite_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [
        r.sessionId,
        r.groupId,
        r.joinCode,
        r.coFacilitatorInviteHash,
        r.createdAt,
      ]);
      await c.query('INSERT INTO credentials (token_hash, session_id, participant_id) VALUES ($1, $2, $3)', [r.facilitator.tokenHash, r.sessionId, r.facilitator.participantId]);
      await insertEvents(c, r.sessionId, 1, r.events);
    });
  }

  async findSession(sessionId: string): Promise<SessionRow | undefined> {
    return toSessionRow((await this.pool.query<SessionDbRow>('SELECT * FROM sessions WHERE id = $1', [sessionId])).rows[0]);
  }

  async findSessionByJoinCode(code: string): Promise<SessionRow | undefined> {
    return toSessionRow((await this.pool.query<SessionDbRow>('SELECT * FROM sessions WHERE join_code = $1 AND ended_at IS NULL', [code])).rows[0]);
  }

  async findCredential(tokenHash: string): Promise<Credential | undefined> {
    const row = (await this.pool.query<{ session_id: string; participant_id: string }>('SELECT session_id, participant_id FROM credentials WHERE token_hash = $1', [tokenHash])).rows[0];
    return row && { sessionId: row.session_id, participantId: row.participant_id };
  }

  setCoFacilitatorInvite(sessionId: string, inviteHash: string): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('UPDATE sessions SET cofac_invite_hash = $1 WHERE id = $2', [inviteHash, sessionId]);
    });
  }

  commit(cm: Commit): Promise<void> {
    const fence = this.fenceOf(cm.sessionId);
    return this.writer.run(async (c) => {
      if (fence) {
        // FOR SHARE: a node taking the lease (an UPDATE) waits for this commit, and this commit sees its epoch once it has.
        const lease = (await c.query<{ node_id: string; epoch: number }>('SELECT node_id, epoch FROM session_leases WHERE session_id = $1 FOR SHARE', [cm.sessionId])).rows[0];
        if (!lease || lease.node_id !== fence.nodeId || lease.epoch !== fence.epoch) throw new OwnershipLost(cm.sessionId, fence.epoch);
      }
      const last = (await c.query<{ seq: number }>('SELECT COALESCE(MAX(seq), 0)::int AS seq FROM events WHERE session_id = $1', [cm.sessionId])).rows[0]!.seq;
      if (last !== cm.fromV) throw new Error(`version clash for session: stored ${last}, room at ${cm.fromV}`);
      await insertEvents(c, cm.sessionId, cm.fromV + 1, cm.events);
      for (const s of cm.sealed) {
        await c.query('INSERT INTO sealed (session_id, key, value) VALUES ($1, $2, $3) ON CONFLICT (session_id, key) DO UPDATE SET value = excluded.value', [
          cm.sessionId,
          s.key,
          JSON.stringify(s.value),
        ]);
      }
      if (cm.credential) {
        await c.query('INSERT INTO credentials (token_hash, session_id, participant_id) VALUES ($1, $2, $3)', [cm.credential.tokenHash, cm.sessionId, cm.credential.participantId]);
      }
      if (cm.snapshot) {
        const { version, state } = encodeSnapshot(cm.snapshot);
        await c.query(
          'INSERT INTO snapshots (session_id, seq, version, state) VALUES ($1, $2, $3, $4) ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, version = excluded.version, state = excluded.state',
          [cm.sessionId, cm.snapshot.v, version, state],
        );
      }
      if (cm.endedAt !== undefined) await c.query('UPDATE sessions SET ended_at = $1 WHERE id = $2', [cm.endedAt, cm.sessionId]);
    });
  }

  /** One read transaction (REPEATABLE READ), so the snapshot, the events after it and the sealed records agree. */
  async load(sessionId: string): Promise<LoadedSession | undefined> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      if ((await c.query('SELECT 1 FROM sessions WHERE id = $1', [sessionId])).rowCount === 0) return undefined;
      const row: unknown = (await c.query('SELECT seq, version, state FROM snapshots WHERE session_id = $1', [sessionId])).rows[0];
      const snap = row === undefined ? null : decodeSnapshot(row);
      const from = snap?.ok ? snap.seq : 0;
      const events = (await c.query('SELECT seq, version, body FROM events WHERE session_id = $1 AND seq > $2 ORDER BY seq', [sessionId, from])).rows.map((r: unknown) =>
        decodeEvent(sessionId, r),
      );
      const sealed = (await c.query('SELECT key, value FROM sealed WHERE session_id = $1', [sessionId])).rows.map((r: unknown) => decodeSealed(sessionId, r));
      return { snapshot: snap?.ok ? snap.state : null, events, sealed, ...(snap && !snap.ok ? { droppedSnapshot: snap.reason } : {}) };
    } finally {
      await c.query('COMMIT').catch(() => {});
      c.release();
    }
  }

  async countEvents(sessionId: string): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM events WHERE session_id = $1', [sessionId])).rows[0]!.n;
  }
}
