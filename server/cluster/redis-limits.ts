import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** Builds one rate limiter: in memory for one node, in Redis for several. */
export type LimiterFactory = (opts: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

export const memoryLimiters: LimiterFactory = ({ points, duration }) => new RateLimiterMemory({ points, duration });

/**
 * Limits shared by every node: a person or an address gets the same allowance
 * whichever node their sockets or requests reach. While Redis is away each
 * node falls back to its own memory limiter (the insurance limiter), so a
 * Redis restart neither refuses everyone nor lifts the limits.
 */
export function redisLimiters(storeClient: unknown, prefix: string): LimiterFactory {
  return ({ keyPrefix, points, duration }) =>
    new RateLimiterRedis({
      storeClient,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${prefix}:${keyPrefix}`,
      points,
      duration,
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    });
}
