import type { NotesStore } from '../notes/notes-store.js';
import type { ProgrammeStore } from '../programme/programme-store.js';
import type { HistoryStore } from '../summary/history-store.js';
import type { SummaryReader } from '../summary/summaries.js';
import type { BatchStats, Op, SqlRequest, Target } from './engine.js';
import { OPS } from './engine.js';
import type { Commit, Credential, LoadedSession, NewSessionRecord, SessionRow, Store } from './store.js';

/** How a proxy reaches the storage engine: in process, or across a worker's message port. */
export type Transport = (op: Op) => Promise<unknown>;

/** Every operation of one engine target, as a method that forwards it. */
function forward<T>(target: Target, transport: Transport): T {
  const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of Object.keys(OPS[target])) out[method] = (...args) => transport({ target, method, args });
  return out as T;
}

/**
 * The Store contract over a transport to a StorageEngine (engine.ts). The
 * in-process store and the worker store differ only in the transport.
 */
export class ProxyStore implements Store {
  readonly notes: NotesStore;
  readonly history: HistoryStore;
  readonly summaries: SummaryReader;
  readonly programmes: ProgrammeStore;

  constructor(protected readonly transport: Transport) {
    this.notes = forward<NotesStore>('notes', transport);
    this.history = forward<HistoryStore>('history', transport);
    this.summaries = forward<SummaryReader>('summaries', transport);
    this.programmes = forward<ProgrammeStore>('programmes', transport);
  }

  private session<T>(method: keyof typeof OPS.sessions, ...args: unknown[]): Promise<T> {
    return this.transport({ target: 'sessions', method, args }) as Promise<T>;
  }

  createSession(record: NewSessionRecord): Promise<void> {
    return this.session('createSession', record);
  }
  findSession(sessionId: string): Promise<SessionRow | undefined> {
    return this.session('findSession', sessionId);
  }
  findSessionByJoinCode(code: string): Promise<SessionRow | undefined> {
    return this.session('findSessionByJoinCode', code);
  }
  findCredential(tokenHash: string): Promise<Credential | undefined> {
    return this.session('findCredential', tokenHash);
  }
  setCoFacilitatorInvite(sessionId: string, inviteHash: string): Promise<void> {
    return this.session('setCoFacilitatorInvite', sessionId, inviteHash);
  }
  commit(commit: Commit): Promise<void> {
    return this.session('commit', commit);
  }
  load(sessionId: string): Promise<LoadedSession | undefined> {
    return this.session('load', sessionId);
  }
  countEvents(sessionId: string): Promise<number> {
    return this.session('countEvents', sessionId);
  }
  probe(): Promise<void> {
    return this.transport({ target: 'engine', method: 'probe', args: [] }) as Promise<void>;
  }

  /** Raw SQL against the same database: tests and tools only (see engine.ts). */
  sql<T = unknown>(req: SqlRequest): Promise<T> {
    return this.transport({ target: 'engine', method: 'sql', args: [req] }) as Promise<T>;
  }

  /** Tests only: the next `n` transactions holding a commit fail as a whole (a failed fsync). */
  failCommits(n: number): Promise<void> {
    return this.transport({ target: 'engine', method: 'failCommits', args: [n] }) as Promise<void>;
  }

  /** Benchmark figures: batches and how long their transactions took (see engine.ts). */
  stats(reset: boolean): Promise<BatchStats> {
    return this.transport({ target: 'engine', method: 'stats', args: [reset] }) as Promise<BatchStats>;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
