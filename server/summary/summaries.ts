import { replay } from '../../shared/domain/reducer.js';
import { hydrateSealed } from '../../shared/domain/sealed.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import type { SessionState } from '../../shared/domain/state.js';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';
import { buildSummary } from '../../shared/summary/summary.js';
import type { SessionSummary } from '../../shared/summary/summary.js';
import { serverWords, sessionLocale } from '../i18n/server-texts.js';
import type { SqliteSessions } from '../store/sqlite-store.js';
import type { SqliteHistory } from './history-store.js';

/** Who took part in a session, its language and closing words, from its final state: what access checks and the next session need. */
export type SessionPeople = Pick<SessionState, 'order' | 'participants' | 'language' | 'closingInfo' | 'programme'>;

/** Summaries as routes use them: answered asynchronously, computed where the data is. */
export interface SummaryReader {
  summary(sessionId: string): Promise<SessionSummary | undefined>;
  aggregate(sessionId: string): Promise<SessionAggregate | undefined>;
  people(sessionId: string): Promise<SessionPeople | undefined>;
}

/**
 * Reads a session's final state straight from the tables (the whole log replayed,
 * sealed tallies put back) without loading a live room, so reading a summary
 * never starts timers or writes presence changes. Runs inside the storage
 * engine (server/store/engine.ts): in the server, on the store worker's thread.
 */
export class SqliteSummaries {
  constructor(
    private readonly sessions: SqliteSessions,
    private readonly history: SqliteHistory,
  ) {}

  finalState(sessionId: string): { state: SessionState; events: DomainEvent[] } | undefined {
    const loaded = this.sessions.load(sessionId);
    if (!loaded) return undefined;
    const events = this.history.allEvents(sessionId);
    return { state: hydrateSealed(replay(events), loaded.sealed), events };
  }

  summary(sessionId: string): SessionSummary | undefined {
    const final = this.finalState(sessionId);
    if (!final) return undefined;
    const group = this.history.group(final.state.groupId);
    const words = serverWords(sessionLocale(final.state.language));
    return buildSummary({ ...final, options: { keepFeedbackTexts: group?.keepFeedbackTexts ?? false, words } });
  }

  aggregate(sessionId: string): SessionAggregate | undefined {
    const s = this.summary(sessionId);
    return s && aggregateOf(s);
  }

  people(sessionId: string): SessionPeople | undefined {
    const state = this.finalState(sessionId)?.state;
    return state && { order: state.order, participants: state.participants, language: state.language, closingInfo: state.closingInfo, programme: state.programme };
  }
}
