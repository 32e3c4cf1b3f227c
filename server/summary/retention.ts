import type { Logger } from 'pino';
import type { Clock } from '../deps.js';
import type { HistoryStore } from './history-store.js';
import type { Summaries } from './summaries.js';

/** How often the purge looks for expired sessions. Detail set to "delete when it ends" goes within this. */
export const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Deleting sessions and groups, now (the facilitator asks) or when their time is up
 * (the scheduled purge). Live rooms are evicted first so nothing writes to a deleted
 * session; the file is compacted after, so the deleted content is gone from disk.
 */
export class Retention {
  constructor(
    private readonly deps: {
      history: HistoryStore;
      summaries: Summaries;
      /** Disconnects and forgets a live room (RoomRegistry.evict). */
      evict: (sessionId: string) => void;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  /** Everything of the session goes, its aggregate too (unless `keepAggregate`, used by the purge). */
  deleteSession(sessionId: string, groupId: string, keepAggregate = false): void {
    const aggregate = keepAggregate ? this.deps.summaries.aggregate(sessionId) : undefined;
    this.deps.evict(sessionId);
    this.deps.history.deleteSession(sessionId, aggregate && { groupId, aggregate });
  }

  deleteSessionNow(sessionId: string, groupId: string): void {
    this.deleteSession(sessionId, groupId);
    this.deps.history.compact();
  }

  deleteGroupNow(groupId: string): void {
    for (const s of this.deps.history.sessionsOf(groupId)) this.deps.evict(s.sessionId);
    this.deps.history.deleteGroup(groupId);
    this.deps.history.compact();
  }

  /** One purge pass at `now`; returns how many sessions were deleted. */
  purgeExpired(now = this.deps.clock.now()): number {
    const expired = this.deps.history.expiredSessions(now);
    for (const { sessionId, groupId } of expired) {
      const keep = this.deps.history.group(groupId)?.keepAggregates ?? false;
      this.deleteSession(sessionId, groupId, keep);
    }
    if (expired.length > 0) {
      this.deps.history.compact();
      this.deps.logger.info({ count: expired.length }, 'expired sessions purged');
    }
    return expired.length;
  }

  /** Runs the purge now and then every `everyMs`; the timer never keeps the process alive. */
  start(everyMs = PURGE_EVERY_MS): () => void {
    const run = () => {
      try {
        this.purgeExpired();
      } catch (err) {
        this.deps.logger.error({ err }, 'purge failed');
      }
    };
    run();
    const timer = setInterval(run, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
