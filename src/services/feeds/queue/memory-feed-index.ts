import type { FeedIndex } from './feed-queue.js';

/** The feed index of a single process: rebuilt from the subscriptions at start. */
export class MemoryFeedIndex implements FeedIndex {
  private readonly byFeed = new Map<string, Set<string>>();

  async add(feedUrl: string, subscriptionId: string): Promise<void> {
    const ids = this.byFeed.get(feedUrl);
    if (ids) ids.add(subscriptionId);
    else this.byFeed.set(feedUrl, new Set([subscriptionId]));
  }

  async remove(feedUrl: string, subscriptionId: string): Promise<void> {
    const ids = this.byFeed.get(feedUrl);
    ids?.delete(subscriptionId);
    if (ids?.size === 0) this.byFeed.delete(feedUrl);
  }

  async subscriptionIds(feedUrl: string): Promise<string[]> {
    return [...(this.byFeed.get(feedUrl) ?? [])];
  }
}
