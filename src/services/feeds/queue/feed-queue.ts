/**
 * One feed's check, taken from the queue by this process: nobody else checks the feed until it is
 * released (a process that dies holding it loses the claim when its lock runs out).
 */
export interface FeedClaim {
  feedUrl: string;
  /** Give the feed back, due again at `at` (ms); undefined: nobody follows it any more. */
  release(at: number | undefined): Promise<void>;
}

/**
 * The feed side's work queue: each feed is one job, keyed by its URL and due at its next check, so
 * finding due work costs the number of due feeds, not the number of subscriptions.
 */
export interface FeedQueue {
  /** Connect, and (shared) begin taking over the feeds of processes that died. Other calls open it too. */
  open(): Promise<void>;
  /** Ask for a check of the feed at `at` (ms); an earlier time already asked for wins. */
  scheduleFeedCheck(feedUrl: string, at: number): Promise<void>;
  /** Claim every feed whose check is due at `now`. */
  takeDueFeeds(now: number): Promise<FeedClaim[]>;
  close(): Promise<void>;
}

/** Which subscriptions follow a feed, so a due feed leads to its subscriptions without reading all of them. */
export interface FeedIndex {
  add(feedUrl: string, subscriptionId: string): Promise<void>;
  remove(feedUrl: string, subscriptionId: string): Promise<void>;
  subscriptionIds(feedUrl: string): Promise<string[]>;
}
