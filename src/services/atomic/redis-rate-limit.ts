import { randomUUID } from 'node:crypto';
import type { RateLimit, Take } from '../cooldown.js';
import { ATOMIC_KEY_PREFIX, type RedisCommands } from './redis-connection.js';

// The in-memory Cooldown's sliding window as one script, so uses taken by several processes at
// once are counted together: a sorted set of use times per key, the ones out of the window dropped
// first. Returns 0 when allowed, else the milliseconds until the oldest use leaves the window.
const TAKE = `
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

/**
 * At most `limit` uses per `windowMs` per key, counted across every process on one Redis. `name`
 * keeps limits apart (`article`, `channel-cards`). Each process's clock is used, as NTP keeps them
 * close; the clock is a parameter so tests control time.
 */
export class RedisRateLimit implements RateLimit {
  constructor(
    private readonly redis: RedisCommands,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<Take> {
    const retryAfterMs = Number(
      await this.redis.eval(TAKE, {
        keys: [`${ATOMIC_KEY_PREFIX}${this.name}:${key}`],
        // A unique member per use: two uses in the same millisecond are two uses.
        arguments: [String(this.now()), String(this.windowMs), String(this.limit), randomUUID()],
      }),
    );
    return retryAfterMs > 0 ? { ok: false, retryAfterMs } : { ok: true };
  }
}
