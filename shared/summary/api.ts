import type { MapFigures } from '../map/figures.js';
import type { CreatedSession } from '../protocol.js';
import type { SessionMoments } from './kept-moments.js';
import type { GroupTrends } from './trends.js';

/** REST answers of the history routes (server/summary/history-routes.ts). */
export interface RetentionSettings {
  /** Days session detail is kept after the session ends; 0 deletes it when the session ends. */
  retentionDays: number;
  /** Keep the nameless aggregate (counts, means, balance) after the detail is deleted. */
  keepAggregates: boolean;
  /** Keep feedback item texts in the summary. */
  keepFeedbackTexts: boolean;
}

export interface GroupSessionEntry {
  sessionId: string;
  startedAt: number;
  endedAt: number | null;
  lengthMs: number;
  membersAttended: number;
  /** false once the detail is purged and only the aggregate is kept. */
  detail: boolean;
  /** When the scheduled purge will delete the detail; null while the session runs. */
  deleteAfter: number | null;
}

export interface GroupPage {
  group: { id: string; name: string } & RetentionSettings;
  /** Oldest first. */
  sessions: GroupSessionEntry[];
  trends: GroupTrends;
  /** Kept and shared moments of each session still on record, oldest first; sessions without any are left out. */
  moments: SessionMoments[];
  /** The interaction map of every session still on record, added up (shared/map combineFigures); null when none has one. */
  map: MapFigures | null;
  /** Members of the latest session, for staff to invite back; never shown to members. */
  returningNames: string[];
}

export interface NextSession extends CreatedSession {
  returningNames: string[];
}

export const RETENTION_MAX_DAYS = 3650;
export const DEFAULT_RETENTION_DAYS = 90;

/** GET /api/staff/current-session: where a staff link of an earlier session of the group leads now. */
export interface CurrentSession {
  sessionId: string;
}

/** GET /api/sessions/:sessionId/previous-notes (staff only): the notes of the group's session before this one. */
export interface PreviousNotes {
  previous: { sessionId: string; startedAt: number; text: string } | null;
}
