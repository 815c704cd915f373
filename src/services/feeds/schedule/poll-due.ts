import { hostOf } from '../../format/escape.js';
import type { Logger } from '../../logger.js';
import type { FeedService } from '../fetch/feed-service.js';
import type { FeedItem } from '../parse/index.js';
import type { FeedSource } from '../present/item-card.js';
import type { FeedStates } from '../state/feed-states.js';
import type { SeenItems } from '../state/seen-items.js';
import type { Subscriptions } from '../state/subscriptions.js';
import type { Subscription } from '../state/types.js';
import { checkFeed } from './check-feed.js';
import { runPool } from './pool.js';
import type { SchedulerRules } from './rules.js';

/** Items one subscription decided to post in this tick. */
export interface Decided {
  subscription: Subscription;
  items: FeedItem[];
  source: FeedSource;
}

/** The posting work of one channel: decided items, and subscriptions that were just paused. */
export interface ChannelWork {
  decided: Decided[];
  paused: Subscription[];
}

export interface PollDeps {
  feeds: FeedService;
  feedStates: FeedStates;
  subscriptions: Subscriptions;
  seen: SeenItems;
  rules: SchedulerRules;
  logger: Logger;
  now: () => number;
}

export interface PollReport {
  feeds: number;
  notModified: number;
  failed: number;
  deferred: number;
}

/**
 * Check the due subscriptions: one fetch per feed URL however many channels follow it, at most
 * `concurrency` at once and `perHost` per host; record each subscription's outcome and return what
 * each channel has to post.
 */
export async function pollDue(
  due: Subscription[],
  deps: PollDeps,
): Promise<{ work: Map<string, ChannelWork>; report: PollReport }> {
  const byFeed = new Map<string, Subscription[]>();
  for (const subscription of due)
    byFeed.set(subscription.feedUrl, [...(byFeed.get(subscription.feedUrl) ?? []), subscription]);
  const work = new Map<string, ChannelWork>();
  const report: PollReport = { feeds: byFeed.size, notModified: 0, failed: 0, deferred: 0 };
  const channel = (id: string): ChannelWork => {
    let entry = work.get(id);
    if (!entry) work.set(id, (entry = { decided: [], paused: [] }));
    return entry;
  };

  await runPool(
    [...byFeed],
    ([feedUrl]) => hostOf(feedUrl),
    ([feedUrl, subscriptions]) => checkFeed(feedUrl, subscriptions, deps, { report, channel }),
    { concurrency: deps.rules.concurrency, perKey: deps.rules.perHost },
    (error, [feedUrl]) => deps.logger.error('feed check crashed', { feed_url: feedUrl, error }),
  );
  return { work, report };
}
