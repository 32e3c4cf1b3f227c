import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';

/**
 * Every limit Attune enforces, built in this one place from Config. They live
 * in memory (one server process); a shared backend (Redis) slots in here by
 * building the same limiters with another class.
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

export function createLimits(config: Config): Limits {
  const commandWindow = seconds((config.commandBurst / config.commandRate) * 1000);
  return {
    // Fixed windows as long as a person's full burst takes to refill: `commandBurst` per `commandBurst / commandRate` s.
    commands: rate(new RateLimiterMemory({ points: config.commandBurst, duration: commandWindow })),
    addressCommands: rate(new RateLimiterMemory({ points: config.addressCommandBurst, duration: commandWindow })),
    requests: rate(new RateLimiterMemory({ points: config.requestBurst, duration: seconds(config.requestWindowMs) })),
    socketsPerParticipant: slots(config.socketsPerParticipant),
    socketsPerAddress: slots(config.socketsPerAddress),
    sessionCreations: rate(new RateLimiterMemory({ points: config.sessionCreations, duration: seconds(config.sessionCreationWindowMs) })),
    joinGuesses: rate(new RateLimiterMemory({ points: config.joinAttempts, duration: seconds(config.joinRetryMs * config.joinAttempts) })),
  };
}
