import type Database from 'better-sqlite3';
import { ProgrammeSchema } from '../../shared/programme/plan.js';
import type { Programme } from '../../shared/programme/plan.js';
import type { Preparation } from '../../shared/programme/preparation.js';

/**
 * A group's programme and its members' pre-group preparation: group-level data,
 * deleted with the group (ON DELETE CASCADE). The SQLite implementation lives
 * here; the PostgreSQL one is server/store/pg-programmes.ts.
 */
export interface ProgrammeStore {
  programme(groupId: string): Promise<Programme | undefined>;
  setProgramme(groupId: string, p: Programme): Promise<void>;
  clearProgramme(groupId: string): Promise<void>;
  /** Preparation by participant id; members with no row yet are left out. */
  preparation(groupId: string): Promise<Record<string, Preparation>>;
  setPreparation(groupId: string, participantId: string, p: Preparation): Promise<void>;
  /** Deletes the preparation of everyone not in `participantIds` (retention: nobody on record names them any more). */
  keepPreparationOf(groupId: string, participantIds: string[]): Promise<void>;
}

/** A stored programme is parsed, never cast: a row written by another version is checked like any input. */
export function parseProgramme(body: string): Programme {
  return ProgrammeSchema.parse(JSON.parse(body));
}

export interface PreparationRow {
  participant_id: string;
  met: boolean | number;
  goals: boolean | number;
  agreement: boolean | number;
}

/** SQLite stores booleans as 0/1, PostgreSQL as booleans: both read the same. */
export function preparationOf(rows: readonly PreparationRow[]): Record<string, Preparation> {
  const out: Record<string, Preparation> = Object.create(null) as Record<string, Preparation>;
  for (const r of rows) out[r.participant_id] = { met: Boolean(r.met), goals: Boolean(r.goals), agreement: Boolean(r.agreement) };
  return out;
}

/** The programme tables, synchronously (inside the storage engine, server/store/engine.ts). */
export class SqliteProgrammes {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      get: db.prepare('SELECT body FROM group_programmes WHERE group_id = ?').pluck(),
      set: db.prepare('INSERT INTO group_programmes (group_id, body) VALUES (?, ?) ON CONFLICT (group_id) DO UPDATE SET body = excluded.body'),
      clear: db.prepare('DELETE FROM group_programmes WHERE group_id = ?'),
      preparation: db.prepare('SELECT participant_id, met, goals, agreement FROM member_preparation WHERE group_id = ?'),
      keepPreparation: db.prepare('DELETE FROM member_preparation WHERE group_id = ? AND participant_id NOT IN (SELECT value FROM json_each(?))'),
      setPreparation: db.prepare(
        `INSERT INTO member_preparation (group_id, participant_id, met, goals, agreement) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (group_id, participant_id) DO UPDATE SET met = excluded.met, goals = excluded.goals, agreement = excluded.agreement`,
      ),
    };
  }

  programme(groupId: string): Programme | undefined {
    const body = this.stmt.get.get(groupId) as string | undefined;
    return body === undefined ? undefined : parseProgramme(body);
  }

  setProgramme(groupId: string, p: Programme): void {
    this.stmt.set.run(groupId, JSON.stringify(p));
  }

  clearProgramme(groupId: string): void {
    this.stmt.clear.run(groupId);
  }

  preparation(groupId: string): Record<string, Preparation> {
    return preparationOf(this.stmt.preparation.all(groupId) as PreparationRow[]);
  }

  setPreparation(groupId: string, participantId: string, p: Preparation): void {
    this.stmt.setPreparation.run(groupId, participantId, p.met ? 1 : 0, p.goals ? 1 : 0, p.agreement ? 1 : 0);
  }

  keepPreparationOf(groupId: string, participantIds: string[]): void {
    this.stmt.keepPreparation.run(groupId, JSON.stringify(participantIds));
  }
}
