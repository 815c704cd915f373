import type { FeedClaim, FeedQueue } from './feed-queue.js';
import { MinHeap } from './min-heap.js';

/**
 * The in-process queue (one process over SQLite or memory): each feed's due time, and a heap of
 * those times so taking the due feeds costs O(due · log feeds). A later, earlier request for a feed
 * leaves its old heap entry behind; it is skipped when it comes up.
 */
export class MemoryFeedQueue implements FeedQueue {
  private readonly dueAt = new Map<string, number>();
  private readonly heap = new MinHeap<string>();

  async scheduleFeedCheck(feedUrl: string, at: number): Promise<void> {
    const current = this.dueAt.get(feedUrl);
    if (current !== undefined && current <= at) return;
    this.dueAt.set(feedUrl, at);
    this.heap.push(at, feedUrl);
  }

  async takeDueFeeds(now: number): Promise<FeedClaim[]> {
    const claims: FeedClaim[] = [];
    for (let top = this.heap.peek(); top && top.priority <= now; top = this.heap.peek()) {
      this.heap.pop();
      if (this.dueAt.get(top.value) !== top.priority) continue;
      this.dueAt.delete(top.value);
      claims.push({
        feedUrl: top.value,
        release: async (at) => {
          if (at !== undefined) await this.scheduleFeedCheck(top.value, at);
        },
      });
    }
    return claims;
  }

  async open(): Promise<void> {}

  async close(): Promise<void> {}
}
