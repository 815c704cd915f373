import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PostLeases } from './post-leases.js';

/** Delete the lease only if it is still ours (it may have run out and gone to another process). */
const GIVE_BACK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Lengthen the lease only if it is still ours. */
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/**
 * A lease per post nonce in Redis (SET NX PX), renewed while the send runs: two processes replaying
 * one outbox never send the same post at once, and one killed mid-send frees it after `leaseMs`.
 */
export class RedisPostLeases implements PostLeases {
  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix: string; leaseMs: number },
  ) {}

  async exclusive<T>(nonce: string, send: () => Promise<T>): Promise<T | undefined> {
    const key = `${this.options.prefix}:post-lease:${nonce}`;
    const holder = randomUUID();
    const { leaseMs } = this.options;
    if ((await this.redis.set(key, holder, 'PX', leaseMs, 'NX')) !== 'OK') return undefined;
    const renewal = setInterval(
      () => void this.redis.eval(RENEW, 1, key, holder, leaseMs).catch(() => undefined),
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    try {
      return await send();
    } finally {
      clearInterval(renewal);
      await this.redis.eval(GIVE_BACK, 1, key, holder).catch(() => undefined);
    }
  }
}
