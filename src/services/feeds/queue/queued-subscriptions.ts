import type Keyv from 'keyv';
import { isPaused, Subscriptions } from '../state/subscriptions.js';
import type { Subscription } from '../state/types.js';
import type { FeedWork } from './feed-work.js';

/**
 * The subscription store that keeps the feed queue in step: a saved, resumed, edited or re-timed
 * subscription asks for a check of its feed at its next check time, so nothing has to read every
 * subscription to find due work. A change made behind its back (another tool writing the store) is
 * picked up when a scheduler starts (`seedFeedWork`).
 */
export class QueuedSubscriptions extends Subscriptions {
  constructor(
    keyv: Keyv<Subscription>,
    private readonly work: FeedWork,
  ) {
    super(keyv);
  }

  override async save(subscription: Subscription): Promise<void> {
    const before = await this.get(subscription.id);
    await super.save(subscription);
    if (before && before.feedUrl !== subscription.feedUrl) await this.work.index.remove(before.feedUrl, before.id);
    await this.work.index.add(subscription.feedUrl, subscription.id);
    await this.follow(subscription);
  }

  override async update(id: string, patch: Partial<Subscription>): Promise<Subscription | undefined> {
    const before = patch.feedUrl === undefined ? undefined : await this.get(id);
    const next = await super.update(id, patch);
    if (!next) return next;
    if (before && before.feedUrl !== next.feedUrl) {
      await this.work.index.remove(before.feedUrl, id);
      await this.work.index.add(next.feedUrl, id);
    }
    await this.follow(next);
    return next;
  }

  override async remove(id: string): Promise<boolean> {
    const before = await this.get(id);
    const removed = await super.remove(id);
    // The feed's job stays until its next check, which finds nobody left and ends it.
    if (before) await this.work.index.remove(before.feedUrl, id);
    return removed;
  }

  private async follow(subscription: Subscription): Promise<void> {
    if (!isPaused(subscription))
      await this.work.queue.scheduleFeedCheck(subscription.feedUrl, subscription.nextCheckAt);
  }
}

/**
 * Put every stored subscription in the index and its feed in the queue: once per scheduler start,
 * the one time the scheduler reads all subscriptions (a queue that already holds a feed keeps it).
 */
export async function seedFeedWork(subscriptions: Subscriptions, work: FeedWork): Promise<number> {
  const all = await subscriptions.all();
  for (const subscription of all) {
    await work.index.add(subscription.feedUrl, subscription.id);
    if (!isPaused(subscription)) await work.queue.scheduleFeedCheck(subscription.feedUrl, subscription.nextCheckAt);
  }
  return all.length;
}
