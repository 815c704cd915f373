import type Keyv from 'keyv';
import type { FeedState } from './types.js';

/**
 * Per feed URL state shared by all its subscriptions, in the `feed` namespace: the validators for
 * conditional GET (RFC 9110 §13.1) and the time a server's Retry-After lets us back.
 */
export class FeedStates {
  constructor(private readonly keyv: Keyv<FeedState>) {}

  async get(feedUrl: string): Promise<FeedState> {
    return (await this.keyv.get(feedUrl)) ?? {};
  }

  async set(feedUrl: string, state: FeedState): Promise<void> {
    await this.keyv.set(feedUrl, state);
  }

  /** Forget a feed's state (nobody follows it any more); true when there was some. */
  remove(feedUrl: string): Promise<boolean> {
    return this.keyv.delete(feedUrl);
  }
}
