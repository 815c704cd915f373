import type { Logger } from '../../logger.js';
import type { FeedIndex, FeedQueue } from './feed-queue.js';
import type { HostSlots } from './host-slots.js';
import type { PostLeases } from './post-leases.js';

/** The queue and the index of the feeds, handed around together. */
export interface FeedWork {
  queue: FeedQueue;
  index: FeedIndex;
}

/** Everything the feed side coordinates through: in one process, or between processes. */
export interface SharedFeedWork extends FeedWork {
  hostSlots: HostSlots;
  postLeases: PostLeases;
}

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
