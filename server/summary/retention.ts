import type { Logger } from 'pino';
import type { Clock } from '../deps.js';
import type { ProgrammeStore } from '../programme/programme-store.js';
import type { HistoryStore } from './history-store.js';
import type { SummaryReader } from './summaries.js';

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
      summaries: SummaryReader;
      programmes: ProgrammeStore;
      /** Disconnects and forgets a live room (RoomRegistry.evict), once its last commits have settled. */
      evict: (sessionId: string) => Promise<void>;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  /** Everything of the session goes, its aggregate too (unless `keepAggregate`, used by the purge). */
  async deleteSession(sessionId: string, groupId: string, keepAggregate = false): Promise<void> {
    const aggregate = keepAggregate ? await this.deps.summaries.aggregate(sessionId) : undefined;
    await this.deps.evict(sessionId);
    await this.deps.history.deleteSession(sessionId, aggregate && { groupId, aggregate });
    await this.keepPreparationOfPeopleOnRecord(groupId);
  }

  /** A member's pre-group preparation goes with the last session on record that names them. */
  private async keepPreparationOfPeopleOnRecord(groupId: string): Promise<void> {
    const ids = new Set<string>();
    for (const s of await this.deps.history.sessionsOf(groupId)) for (const id of (await this.deps.summaries.people(s.sessionId))?.order ?? []) ids.add(id);
    await this.deps.programmes.keepPreparationOf(groupId, [...ids]);
  }

  async deleteSessionNow(sessionId: string, groupId: string): Promise<void> {
    await this.deleteSession(sessionId, groupId);
    await this.deps.history.compact();
  }

  async deleteGroupNow(groupId: string): Promise<void> {
    for (const s of await this.deps.history.sessionsOf(groupId)) await this.deps.evict(s.sessionId);
    await this.deps.history.deleteGroup(groupId);
    await this.deps.history.compact();
  }

  /** One purge pass at `now` (its reads, writes and VACUUM run in the store, off the main loop); returns how many sessions were deleted. */
  async purgeExpired(now = this.deps.clock.now()): Promise<number> {
    const expired = await this.deps.history.expiredSessions(now);
    for (const { sessionId, groupId } of expired) {
      const keep = (await this.deps.history.group(groupId))?.keepAggregates ?? false;
      await this.deleteSession(sessionId, groupId, keep);
    }
    if (expired.length > 0) {
      await this.deps.history.compact();
      this.deps.logger.info({ count: expired.length }, 'expired sessions purged');
    }
    return expired.length;
  }

  /** Runs the purge now and then every `everyMs`; the timer never keeps the process alive. */
  start(everyMs = PURGE_EVERY_MS): () => void {
    const run = () => {
      this.purgeExpired().catch((err: unknown) => this.deps.logger.error({ err }, 'purge failed'));
    };
    run();
    const timer = setInterval(run, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
