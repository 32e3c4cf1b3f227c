import { replay } from '../../shared/session/reducer.js';
import { hydrateSealed } from '../../shared/session/sealed.js';
import type { DomainEvent } from '../../shared/session/events.js';
import type { SessionState } from '../../shared/session/state.js';
import { aggregateOf } from '../../shared/summary/aggregate.js';
import type { SessionAggregate } from '../../shared/summary/aggregate.js';
import { buildSummary } from '../../shared/summary/summary.js';
import type { SessionSummary } from '../../shared/summary/summary.js';
import type { Store } from '../store/store.js';
import { serverWords, sessionLocale } from '../i18n/server-texts.js';
import type { HistoryStore } from './history-store.js';

/**
 * Reads a session's final state straight from the store (the whole log replayed,
 * sealed tallies put back) without loading a live room, so reading a summary
 * never starts timers or writes presence changes.
 */
export class Summaries {
  constructor(
    private readonly store: Store,
    private readonly history: HistoryStore,
  ) {}

  finalState(sessionId: string): { state: SessionState; events: DomainEvent[] } | undefined {
    const loaded = this.store.load(sessionId);
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
}
