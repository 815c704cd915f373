import { Redis } from 'ioredis';
import { BullFeedQueue } from './bullmq-feed-queue.js';
import type { FeedWorkOptions, SharedFeedWork } from './feed-work.js';
import { RedisFeedIndex } from './redis-feed-index.js';
import { RedisHostSlots } from './redis-host-slots.js';
import { RedisPostLeases } from './redis-post-leases.js';

/** The queue, index, host slots and post leases that every process over one Redis shares. */
export function openRedisFeedWork(options: FeedWorkOptions): SharedFeedWork {
  const { url, prefix, perHost, lockMs } = options;
  // BullMQ needs commands to wait for a reconnect rather than fail (maxRetriesPerRequest: null).
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  // The queue owns the connection from here on (its close() quits it); the others borrow it.
  const queue = new BullFeedQueue({
    redis,
    prefix,
    lockMs,
    now: options.now,
    wallClock: options.now === Date.now,
    onError: (error) => options.logger.warn('feed queue error', { error }),
  });
  return {
    queue,
    index: new RedisFeedIndex(redis, prefix),
    // A fetch ends within the fetcher's deadline; a lease as long as a lock covers it with room.
    hostSlots: new RedisHostSlots(redis, { prefix, limit: perHost, leaseMs: lockMs }),
    postLeases: new RedisPostLeases(redis, { prefix, leaseMs: lockMs }),
  };
}
