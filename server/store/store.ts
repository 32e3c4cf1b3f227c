import type { DomainEvent } from '../../shared/domain/events.js';
import type { SealedRecord } from '../../shared/domain/sealed.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { NotesStore } from '../notes/notes-store.js';
import type { ProgrammeStore } from '../programme/programme-store.js';
import type { HistoryStore } from '../summary/history-store.js';
import type { SummaryReader } from '../summary/summaries.js';

/**
 * The narrow storage interface rooms and routes use. Every method answers
 * with a promise, so an implementation may do its work anywhere: SQLite in a
 * worker thread (worker-store.ts, what the server runs), SQLite in process
 * (local-store.ts, for tests and tools), a networked database next. The
 * contract tests (tests/integration/store-contract.test.ts) run against each.
 */
export interface NewSessionRecord {
  sessionId: string;
  groupId: string;
  groupName: string;
  agreement: string;
  joinCode: string;
  coFacilitatorInviteHash: string;
  createdAt: number;
  facilitator: { participantId: string; name: string; tokenHash: string };
  /** The opening events (creation and the facilitator), seq 1…n. */
  events: DomainEvent[];
}

export interface SessionRow {
  sessionId: string;
  groupId: string;
  joinCode: string;
  coFacilitatorInviteHash: string;
  createdAt: number;
  endedAt: number | null;
}

export interface Credential {
  sessionId: string;
  participantId: string;
}

export interface Commit {
  sessionId: string;
  /** Room version before these events; the first is stored as seq fromV + 1. */
  fromV: number;
  /** Already redacted for the log. */
  events: DomainEvent[];
  sealed: SealedRecord[];
  /** A credential issued with these events (a join), if any. */
  credential?: { tokenHash: string; participantId: string };
  /** A snapshot to keep, already stripped of sealed data. */
  snapshot?: SessionState;
  /** Set when these events end the session. */
  endedAt?: number;
}

export interface LoadedSession {
  snapshot: SessionState | null;
  /** Events after the snapshot, in order. */
  events: DomainEvent[];
  sealed: SealedRecord[];
  /** Set when the stored snapshot was older or unreadable and the whole log was replayed instead: why. */
  droppedSnapshot?: string;
}

export interface Store {
  /** Shared notes documents (Yjs updates). */
  readonly notes: NotesStore;
  /** Group history, retention and deletion. */
  readonly history: HistoryStore;
  /** Summaries and aggregates, computed where the data is (never on the main loop). */
  readonly summaries: SummaryReader;
  /** Groups' programmes and members' pre-group preparation. */
  readonly programmes: ProgrammeStore;
  createSession(record: NewSessionRecord): Promise<void>;
  findSession(sessionId: string): Promise<SessionRow | undefined>;
  findSessionByJoinCode(code: string): Promise<SessionRow | undefined>;
  findCredential(tokenHash: string): Promise<Credential | undefined>;
  /** Replaces the co-facilitator invite: the old link stops working. */
  setCoFacilitatorInvite(sessionId: string, inviteHash: string): Promise<void>;
  /**
   * Atomic and durable: when it resolves, the events are on disk. Rejects on a
   * version clash or a failed write. Commits resolve in the order they were made.
   */
  commit(commit: Commit): Promise<void>;
  /** Rejects with StoredDataError (server/store/codec.ts) when a stored event cannot be read. */
  load(sessionId: string): Promise<LoadedSession | undefined>;
  /** Number of events stored for a session (used by tests and benchmarks). */
  countEvents(sessionId: string): Promise<number>;
  /** Checks that the data directory and the database can be written now; rejects with the storage error if not. */
  probe(): Promise<void>;
  close(): Promise<void>;
}
