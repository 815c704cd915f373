import type { FeedWorkOptions, SharedFeedWork } from './feed-work.js';
import { processHostSlots } from './host-slots.js';
import { MemoryFeedIndex } from './memory-feed-index.js';
import { MemoryFeedQueue } from './memory-feed-queue.js';
import { processPostLeases } from './post-leases.js';

/**
 * The queue room's one entry for the composition root: the in-process queue for a single process,
 * or BullMQ and its Redis companions (`redis-feed-work.ts`). Those are loaded only when asked for:
 * BullMQ and ioredis cost a single-process bot some 35 MB it would never use.
 */
export function openFeedWork(options: FeedWorkOptions): SharedFeedWork {
  if (options.url === '')
    return {
      queue: new MemoryFeedQueue(),
      index: new MemoryFeedIndex(),
      hostSlots: processHostSlots,
      postLeases: processPostLeases,
    };
  const shared = import('./redis-feed-work.js').then((module) => module.openRedisFeedWork(options));
  // A failed load surfaces at the first use; this keeps it from also being an unhandled rejection.
  shared.catch(() => undefined);
  return {
    queue: {
      scheduleFeedCheck: async (feedUrl, at) => (await shared).queue.scheduleFeedCheck(feedUrl, at),
      takeDueFeeds: async (now) => (await shared).queue.takeDueFeeds(now),
      close: async () => (await shared).queue.close(),
    },
    index: {
      add: async (feedUrl, id) => (await shared).index.add(feedUrl, id),
      remove: async (feedUrl, id) => (await shared).index.remove(feedUrl, id),
      subscriptionIds: async (feedUrl) => (await shared).index.subscriptionIds(feedUrl),
    },
    hostSlots: { acquire: async (host) => (await shared).hostSlots.acquire(host) },
    postLeases: { exclusive: async (nonce, send) => (await shared).postLeases.exclusive(nonce, send) },
  };
}
