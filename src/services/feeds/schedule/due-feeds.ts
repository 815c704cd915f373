import type { Logger } from '../../logger.js';
import type { FeedClaim, FeedIndex } from '../queue/feed-queue.js';
import { isPaused, type Subscriptions } from '../state/subscriptions.js';
import type { Subscription } from '../state/types.js';

export interface DueFeedDeps {
  subscriptions: Pick<Subscriptions, 'get'>;
  feedIndex: FeedIndex;
}

/** The live subscriptions of a feed; ids of removed ones are dropped from the index on the way. */
async function followersOf(feedUrl: string, deps: DueFeedDeps): Promise<Subscription[]> {
  const followers: Subscription[] = [];
  for (const id of await deps.feedIndex.subscriptionIds(feedUrl)) {
    const subscription = await deps.subscriptions.get(id);
    if (subscription && subscription.feedUrl === feedUrl) followers.push(subscription);
    else await deps.feedIndex.remove(feedUrl, id);
  }
  return followers;
}

/**
 * The due subscriptions of the claimed feeds. The subscription's own `nextCheckAt` decides: the
 * queue's time is a wake-up, and a feed woken early (another subscription, a hand-driven clock)
 * checks only the subscriptions whose time has come.
 */
export async function dueSubscriptions(claims: FeedClaim[], now: number, deps: DueFeedDeps): Promise<Subscription[]> {
  const due: Subscription[] = [];
  for (const { feedUrl } of claims)
    for (const subscription of await followersOf(feedUrl, deps))
      if (!isPaused(subscription) && subscription.nextCheckAt <= now) due.push(subscription);
  return due;
}

/** Give each claimed feed back, due at the earliest next check of its active subscriptions (none: ended). */
export async function releaseClaims(claims: FeedClaim[], deps: DueFeedDeps & { logger: Logger }): Promise<void> {
  for (const claim of claims) {
    try {
      const active = (await followersOf(claim.feedUrl, deps)).filter((subscription) => !isPaused(subscription));
      const next =
        active.length === 0 ? undefined : Math.min(...active.map((subscription) => subscription.nextCheckAt));
      await claim.release(next);
    } catch (error) {
      // Its lock runs out and the queue hands it out again: late, never lost.
      deps.logger.error('releasing a feed check failed', { feed_url: claim.feedUrl, error });
    }
  }
}
