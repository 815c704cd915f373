import { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import { BullFeedQueue } from './bullmq-feed-queue.js';
import { type HostSlots, processHostSlots } from './host-slots.js';
import { MemoryFeedIndex } from './memory-feed-index.js';
import { MemoryFeedQueue } from './memory-feed-queue.js';
import { type PostLeases, processPostLeases } from './post-leases.js';
import type { FeedWork } from './queued-subscriptions.js';
import { RedisFeedIndex } from './redis-feed-index.js';
import { RedisHostSlots } from './redis-host-slots.js';
import { RedisPostLeases } from './redis-post-leases.js';

export interface FeedWorkOptions {
  /** Redis for a queue shared between processes; empty: an in-process queue. */
  url: string;
  prefix: string;
  lockMs: number;
  /** Fetches of one host at once, over every process sharing the queue. */
  perHost: number;
  now: () => number;
  logger: Logger;
}

/**
 * The queue room's one entry for the composition root: the in-process queue and index for a single
 * process, or BullMQ, a Redis index, host slots and post leases that every process over the same
 * Redis shares.
 */
export function openFeedWork(options: FeedWorkOptions): FeedWork & { hostSlots: HostSlots; postLeases: PostLeases } {
  if (options.url === '') {
    return {
      queue: new MemoryFeedQueue(),
      index: new MemoryFeedIndex(),
      hostSlots: processHostSlots,
      postLeases: processPostLeases,
    };
  }
  // BullMQ needs commands to wait for a reconnect rather than fail (maxRetriesPerRequest: null).
  const redis = new Redis(options.url, { maxRetriesPerRequest: null });
  // The queue owns the connection from here on (its close() quits it); the index and slots borrow it.
  const queue = new BullFeedQueue({
    redis,
    prefix: options.prefix,
    lockMs: options.lockMs,
    now: options.now,
    wallClock: options.now === Date.now,
    onError: (error) => options.logger.warn('feed queue error', { error }),
  });
  const { prefix, perHost, lockMs } = options;
  return {
    queue,
    index: new RedisFeedIndex(redis, prefix),
    // A fetch ends within the fetcher's deadline; a lease as long as a lock covers it with room.
    hostSlots: new RedisHostSlots(redis, { prefix, limit: perHost, leaseMs: lockMs }),
    postLeases: new RedisPostLeases(redis, { prefix, leaseMs: lockMs }),
  };
}
