import type pg from 'pg';
import type { Programme } from '../../shared/programme/plan.js';
import type { Preparation } from '../../shared/programme/preparation.js';
import { parseProgramme, preparationOf } from '../programme/programme-store.js';
import type { PreparationRow, ProgrammeStore } from '../programme/programme-store.js';
import type { PgWriter } from './pg-writer.js';

/** Programmes and preparation in PostgreSQL: the same operations as SqliteProgrammes (server/programme/programme-store.ts). */
export class PgProgrammes implements ProgrammeStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly writer: PgWriter,
  ) {}

  async programme(groupId: string): Promise<Programme | undefined> {
    const r = (await this.pool.query<{ body: string }>('SELECT body FROM group_programmes WHERE group_id = $1', [groupId])).rows[0];
    return r && parseProgramme(r.body);
  }

  setProgramme(groupId: string, p: Programme): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('INSERT INTO group_programmes (group_id, body) VALUES ($1, $2) ON CONFLICT (group_id) DO UPDATE SET body = excluded.body', [groupId, JSON.stringify(p)]);
    });
  }

  clearProgramme(groupId: string): Promise<void> {
    return this.writer.run(async (c) => void (await c.query('DELETE FROM group_programmes WHERE group_id = $1', [groupId])));
  }

  async preparation(groupId: string): Promise<Record<string, Preparation>> {
    return preparationOf((await this.pool.query<PreparationRow>('SELECT participant_id, met, goals, agreement FROM member_preparation WHERE group_id = $1', [groupId])).rows);
  }

  keepPreparationOf(groupId: string, participantIds: string[]): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query('DELETE FROM member_preparation WHERE group_id = $1 AND NOT (participant_id = ANY($2::text[]))', [groupId, participantIds]);
    });
  }

  setPreparation(groupId: string, participantId: string, p: Preparation): Promise<void> {
    return this.writer.run(async (c) => {
      await c.query(
        `INSERT INTO member_preparation (group_id, participant_id, met, goals, agreement) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (group_id, participant_id) DO UPDATE SET met = excluded.met, goals = excluded.goals, agreement = excluded.agreement`,
        [groupId, participantId, p.met, p.goals, p.agreement],
      );
    });
  }
}
