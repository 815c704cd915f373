import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { HostSlots, ReleaseSlot } from './host-slots.js';

/**
 * Take a slot when fewer than `limit` live leases are held: one sorted set per host, a lease's score
 * its end on Redis's own clock (so processes on other machines agree), expired leases dropped first.
 */
const TAKE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

export interface RedisHostSlotsOptions {
  prefix: string;
  /** Fetches of one host at once, over all processes (SCHEDULER_PER_HOST). */
  limit: number;
  /** A lease a process never gave back (it died mid-fetch) frees its slot after this. */
  leaseMs: number;
  /** How long to wait before asking again for a busy host. */
  retryMs?: number;
}

/** The per-host limit shared by every process over one Redis: leases that end on their own. */
export class RedisHostSlots implements HostSlots {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisHostSlotsOptions,
  ) {}

  async acquire(host: string): Promise<ReleaseSlot> {
    const key = `${this.options.prefix}:host-slots:${host}`;
    const holder = randomUUID();
    while ((await this.redis.eval(TAKE_SLOT, 1, key, this.options.limit, this.options.leaseMs, holder)) !== 1)
      await sleep(this.options.retryMs ?? 50);
    return async () => {
      await this.redis.zrem(key, holder);
    };
  }
}
