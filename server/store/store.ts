import type { DomainEvent } from '../../shared/session/events.js';
import type { SealedRecord } from '../../shared/session/sealed.js';
import type { SessionState } from '../../shared/session/state.js';
import type { NotesStore } from '../notes/notes-store.js';

/**
 * The narrow storage interface rooms and routes use. SQLite implements it
 * (sqlite-store.ts); a shared database can implement the same contract
 * (tests/integration/store-contract.test.ts runs against any implementation).
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
  createSession(record: NewSessionRecord): void;
  findSession(sessionId: string): SessionRow | undefined;
  findSessionByJoinCode(code: string): SessionRow | undefined;
  findCredential(tokenHash: string): Credential | undefined;
  /** Replaces the co-facilitator invite: the old link stops working. */
  setCoFacilitatorInvite(sessionId: string, inviteHash: string): void;
  /** Atomic and durable: when it returns, the events are on disk. Throws on a version clash. */
  commit(commit: Commit): void;
  /** Throws StoredDataError (server/store/codec.ts) when a stored event cannot be read. */
  load(sessionId: string): LoadedSession | undefined;
  /** Number of events stored for a session (used by tests and benchmarks). */
  countEvents(sessionId: string): number;
  close(): void;
}
