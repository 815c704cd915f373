import type { Redis } from 'ioredis';
import { feedJobId } from './feed-job-id.js';
import type { FeedIndex } from './feed-queue.js';

/** The feed index shared by every process: one Redis set of subscription ids per feed. */
export class RedisFeedIndex implements FeedIndex {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async add(feedUrl: string, subscriptionId: string): Promise<void> {
    await this.redis.sadd(this.key(feedUrl), subscriptionId);
  }

  async remove(feedUrl: string, subscriptionId: string): Promise<void> {
    await this.redis.srem(this.key(feedUrl), subscriptionId);
  }

  subscriptionIds(feedUrl: string): Promise<string[]> {
    return this.redis.smembers(this.key(feedUrl));
  }

  private key(feedUrl: string): string {
    return `${this.prefix}:feed-subscriptions:${feedJobId(feedUrl)}`;
  }
}
