import { hostOf } from '../../urls.js';
import type { FeedStates } from '../state/feed-states.js';
import type { FeedState, Subscription } from '../state/types.js';
import { type CheckDeps, checkFeed, type Decided, type FeedCheck } from './check-feed.js';
import { runPool } from './pool.js';

/** The posting work of one channel: decided items, and subscriptions that were just paused. */
export interface ChannelWork {
  decided: Decided[];
  paused: Subscription[];
}

/** A feed's new validators, waiting until every channel its items go to has recorded them. */
export interface PendingValidators {
  state: FeedState;
  channels: Set<string>;
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
  deps: CheckDeps,
): Promise<{ work: Map<string, ChannelWork>; report: PollReport; validators: Map<string, PendingValidators> }> {
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

  const count = { deferred: 'deferred', failed: 'failed', 'not-modified': 'notModified' } as const;
  const validators = new Map<string, PendingValidators>();
  const record = (feedUrl: string, check: FeedCheck) => {
    if (check.validators) {
      const channels = new Set(check.decided.map((decided) => decided.subscription.channelId));
      validators.set(feedUrl, { state: check.validators, channels });
    }
    if (check.outcome !== 'fetched') report[count[check.outcome]] += 1;
    for (const decided of check.decided) channel(decided.subscription.channelId).decided.push(decided);
    for (const subscription of check.paused) channel(subscription.channelId).paused.push(subscription);
  };

  await runPool(
    [...byFeed],
    ([feedUrl]) => hostOf(feedUrl),
    async ([feedUrl, subscriptions]) => record(feedUrl, await checkFeed(feedUrl, subscriptions, deps)),
    { concurrency: deps.rules.concurrency, perKey: deps.rules.perHost },
    (error, [feedUrl]) => deps.logger.error('feed check crashed', { feed_url: feedUrl, error }),
  );
  return { work, report, validators };
}

/** Write the validators of the feeds whose decided items every channel has recorded in its outbox. */
export async function commitValidators(
  pending: Map<string, PendingValidators>,
  recordedChannels: ReadonlySet<string>,
  feedStates: FeedStates,
): Promise<void> {
  for (const [feedUrl, { state, channels }] of pending)
    if ([...channels].every((channel) => recordedChannels.has(channel))) await feedStates.set(feedUrl, state);
}
