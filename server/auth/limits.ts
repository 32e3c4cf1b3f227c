import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { memoryLimiters } from '../cluster/redis-limits.js';
import type { LimiterFactory } from '../cluster/redis-limits.js';
import type { Config } from '../config.js';

/**
 * Every limit Attune enforces, built in this one place from Config. Rates live
 * in memory for one process, in Redis when several nodes share sessions
 * (server/cluster/redis-limits.ts). Open connections are counted per node: all
 * of a person's sockets reach their session's node, and the proxy limits
 * connections per address across nodes (deploy/nginx.conf).
 */

/** A rate: `take` answers whether the key may act now. */
export interface Rate {
  take(key: string): Promise<boolean>;
}

/** A count of things held at once (open connections): claim one, release it when done. */
export interface Slots {
  claim(key: string): Promise<boolean>;
  release(key: string): void;
}

export interface Limits {
  /** Commands per person (`sessionId:participantId`), across all their sockets. */
  commands: Rate;
  /** Commands per address, whoever sends them: many people from one network share it. */
  addressCommands: Rate;
  /** view:resync and notes:ticket per person. */
  requests: Rate;
  socketsPerParticipant: Slots;
  socketsPerAddress: Slots;
  /** POST /api/sessions per address. */
  sessionCreations: Rate;
  /** Wrong join codes per address. */
  joinGuesses: Rate;
}

function rate(limiter: RateLimiterAbstract): Rate {
  return {
    take: (key) =>
      limiter.consume(key).then(
        () => true,
        (rejection: unknown) => {
          if (rejection instanceof Error) throw rejection; // a real failure, not "over the limit"
          return false;
        },
      ),
  };
}

/** Counts that never expire on their own: `duration: 0`. A refused claim is given back at once. */
function slots(max: number): Slots {
  const limiter = new RateLimiterMemory({ points: max, duration: 0 });
  return {
    claim: (key) =>
      limiter.consume(key).then(
        () => true,
        async (rejection: unknown) => {
          if (rejection instanceof Error) throw rejection;
          await limiter.reward(key);
          return false;
        },
      ),
    release: (key) => {
      void limiter.reward(key).then((res) => {
        if (res.consumedPoints <= 0) return limiter.delete(key);
        return undefined;
      });
    },
  };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function createLimits(config: Config, limiter: LimiterFactory = memoryLimiters): Limits {
  const commandWindow = seconds((config.commandBurst / config.commandRate) * 1000);
  return {
    // Fixed windows as long as a person's full burst takes to refill: `commandBurst` per `commandBurst / commandRate` s.
    commands: rate(limiter({ keyPrefix: 'commands', points: config.commandBurst, duration: commandWindow })),
    addressCommands: rate(limiter({ keyPrefix: 'address-commands', points: config.addressCommandBurst, duration: commandWindow })),
    requests: rate(limiter({ keyPrefix: 'requests', points: config.requestBurst, duration: seconds(config.requestWindowMs) })),
    socketsPerParticipant: slots(config.socketsPerParticipant),
    socketsPerAddress: slots(config.socketsPerAddress),
    sessionCreations: rate(limiter({ keyPrefix: 'session-creations', points: config.sessionCreations, duration: seconds(config.sessionCreationWindowMs) })),
    joinGuesses: rate(limiter({ keyPrefix: 'join-guesses', points: config.joinAttempts, duration: seconds(config.joinRetryMs * config.joinAttempts) })),
  };
}
