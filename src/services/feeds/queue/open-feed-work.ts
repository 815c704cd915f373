import type { FeedWorkOptions, SharedFeedWork } from './feed-work.js';
import { processHostSlots } from './host-slots.js';
import { MemoryFeedIndex } from './memory-feed-index.js';
import { MemoryFeedQueue } from './memory-feed-queue.js';
import { processPostLeases } from './post-leases.js';

/**
 * The queue room's one entry for the composition root: the in-process queue for a single process,
 * or BullMQ and its Redis companions (`redis-feed-work.ts`). Those are loaded only when first used:
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
  // Connected at the first use: a process that never checks feeds (the CLI) opens no connection.
  let opened: Promise<SharedFeedWork> | undefined;
  const shared = () => {
    opened ??= import('./redis-feed-work.js').then((module) => module.openRedisFeedWork(options));
    return opened;
  };
  return {
    queue: {
      open: async () => (await shared()).queue.open(),
      scheduleFeedCheck: async (feedUrl, at) => (await shared()).queue.scheduleFeedCheck(feedUrl, at),
      takeDueFeeds: async (now) => (await shared()).queue.takeDueFeeds(now),
      close: async () => (await opened)?.queue.close(),
    },
    index: {
      add: async (feedUrl, id) => (await shared()).index.add(feedUrl, id),
      remove: async (feedUrl, id) => (await shared()).index.remove(feedUrl, id),
      subscriptionIds: async (feedUrl) => (await shared()).index.subscriptionIds(feedUrl),
    },
    hostSlots: { acquire: async (host) => (await shared()).hostSlots.acquire(host) },
    postLeases: { exclusive: async (nonce, send) => (await shared()).postLeases.exclusive(nonce, send) },
  };
}
