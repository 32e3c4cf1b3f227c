import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import type { Clock } from '../deps.js';
import type { AttuneServer } from '../socket/types.js';
import type { PgStore } from '../store/pg-store.js';
import { PgLeases } from './leases.js';
import { redisLimiters } from './redis-limits.js';
import type { LimiterFactory } from './redis-limits.js';

type RedisClient = ReturnType<typeof createClient>;

/** Node-to-node messages over the adapter (serverSideEmit). */
const TAKEN = 'attune:taken';
const EVICT = 'attune:evict';

/** Any fixed number: the advisory lock one node holds while it runs the retention purge. */
const PURGE_LOCK = 0x4174_7570; // "Atup"

/**
 * Several Attune nodes sharing sessions (docs/scaling.md): session leases in
 * PostgreSQL, the Socket.IO Redis Streams adapter (a broadcast reaches every
 * socket of the session whichever node holds it, and survives a Redis restart
 * because the stream is read from an offset), limits kept in Redis, and the
 * one-node jobs (the retention purge) run by whichever node holds its lock.
 */
export interface Cluster {
  readonly nodeId: string;
  readonly ownership: PgLeases;
  /** Rate limiters shared by every node (Redis), with a per-node fallback while Redis is away. */
  readonly limiters: LimiterFactory;
  /** Wires the adapter and the node-to-node messages into this node's Socket.IO server. */
  attach(io: AttuneServer, handlers: { evict(sessionId: string): void }): void;
  /** Tells every other node to drop a live session (deletion). */
  evictEverywhere(sessionId: string): void;
  /** Runs `job` every `everyMs` on one node at a time (a PostgreSQL advisory lock); returns the stopper. */
  everyOnOneNode(everyMs: number, job: () => Promise<unknown>): () => void;
  close(): Promise<void>;
}

export interface ClusterOptions {
  store: PgStore;
  redisUrl: string;
  nodeId: string;
  clock: Clock;
  logger: Logger;
  /** Names in Redis (the stream, limiter keys) start with it; nodes of one deployment share it. Default "attune". */
  prefix?: string;
}

export async function openCluster(opts: ClusterOptions): Promise<Cluster> {
  const prefix = opts.prefix ?? 'attune';
  const { store, logger } = opts;
  const redis: RedisClient = createClient({ url: opts.redisUrl, socket: { reconnectStrategy: (n) => Math.min(100 * 2 ** n, 2_000) } });
  redis.on('error', (err: unknown) => logger.warn({ err: String(err) }, 'redis error'));
  await redis.connect();
  const leases = new PgLeases(store.pool, opts.nodeId, opts.clock);
  store.fenceWith(leases.fenceOf);
  let io: AttuneServer | null = null;
  const emit = (event: string, ...args: unknown[]) => {
    const server = io;
    if (!server) return;
    try {
      (server.serverSideEmit as (ev: string, ...a: unknown[]) => void).call(server, event, ...args);
    } catch (err) {
      logger.warn({ err }, 'node-to-node message not sent');
    }
  };
  // The other nodes learn at once that a session moved, rather than at their next (fenced) commit.
  leases.announce = (sessionId, epoch) => emit(TAKEN, sessionId, epoch);
  const timers = new Set<NodeJS.Timeout>();

  return {
    nodeId: opts.nodeId,
    ownership: leases,
    limiters: redisLimiters(redis, prefix),
    attach(server, handlers) {
      io = server;
      server.adapter(createAdapter(redis, { streamName: prefix, channelPrefix: prefix, maxLen: 100_000 }));
      const on = server.on.bind(server) as (ev: string, fn: (...a: unknown[]) => void) => void;
      on(TAKEN, (sessionId, epoch) => {
        if (typeof sessionId === 'string' && typeof epoch === 'number') leases.takenElsewhere(sessionId, epoch);
      });
      on(EVICT, (sessionId) => {
        if (typeof sessionId === 'string') handlers.evict(sessionId);
      });
    },
    evictEverywhere: (sessionId) => emit(EVICT, sessionId),
    everyOnOneNode(everyMs, job) {
      const run = async () => {
        const client = await store.pool.connect();
        try {
          const got = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [PURGE_LOCK])).rows[0]!.ok;
          if (!got) return;
          try {
            await job();
          } finally {
            await client.query('SELECT pg_advisory_unlock($1)', [PURGE_LOCK]);
          }
        } finally {
          client.release();
        }
      };
      const tick = () => void run().catch((err: unknown) => logger.error({ err }, 'scheduled job failed'));
      tick();
      const timer = setInterval(tick, everyMs);
      timer.unref();
      timers.add(timer);
      return () => {
        clearInterval(timer);
        timers.delete(timer);
      };
    },
    async close() {
      for (const t of timers) clearInterval(t);
      await redis.quit().catch(() => {});
    },
  };
}
