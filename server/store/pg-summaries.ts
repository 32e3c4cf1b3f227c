import { replay } from '../../shared/domain/reducer.js';
import { hydrateSealed } from '../../shared/domain/sealed.js';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';
import { buildSummary } from '../../shared/summary/summary.js';
import type { SessionSummary } from '../../shared/summary/summary.js';
import { serverWords, sessionLocale } from '../i18n/server-texts.js';
import type { PgHistory } from './pg-history.js';
import type { PgSessions } from './pg-sessions.js';
import type { SessionPeople, SummaryReader } from '../summary/summaries.js';

/**
 * Summaries from PostgreSQL: a session's final state read from the tables (the
 * whole log replayed, sealed tallies put back), as SqliteSummaries does, without
 * loading a live room. Replaying runs on the node's main loop; summaries are
 * read after a session, rarely, so that is cheap enough.
 */
export class PgSummaries implements SummaryReader {
  constructor(
    private readonly sessions: PgSessions,
    private readonly history: PgHistory,
  ) {}

  private async finalState(sessionId: string) {
    const loaded = await this.sessions.load(sessionId);
    if (!loaded) return undefined;
    const events = await this.history.allEvents(sessionId);
    return { state: hydrateSealed(replay(events), loaded.sealed), events };
  }

  async summary(sessionId: string): Promise<SessionSummary | undefined> {
    const final = await this.finalState(sessionId);
    if (!final) return undefined;
    const group = await this.history.group(final.state.groupId);
    const words = serverWords(sessionLocale(final.state.language));
    return buildSummary({ ...final, options: { keepFeedbackTexts: group?.keepFeedbackTexts ?? false, words } });
  }

  async aggregate(sessionId: string): Promise<SessionAggregate | undefined> {
    const s = await this.summary(sessionId);
    return s && aggregateOf(s);
  }

  async people(sessionId: string): Promise<SessionPeople | undefined> {
    const state = (await this.finalState(sessionId))?.state;
    return state && { order: state.order, participants: state.participants, language: state.language, closingInfo: state.closingInfo, programme: state.programme };
  }
}
