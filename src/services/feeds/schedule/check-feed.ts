import type { Logger } from '../../logger.js';
import { hostOf } from '../../urls.js';
import type { FeedService, FetchedFeed, PollResult } from '../fetch/feed-service.js';
import type { FeedItem } from '../parse/index.js';
import type { FeedSource } from '../present/item-card.js';
import type { HostSlots } from '../queue/host-slots.js';
import type { DeliveryLog } from '../state/delivery-log.js';
import type { FeedStates } from '../state/feed-states.js';
import type { SeenItems } from '../state/seen-items.js';
import type { Subscriptions } from '../state/subscriptions.js';
import type { FeedState, Subscription } from '../state/types.js';
import { describeFailure, nextCheckAfterFailure, nextCheckAfterSuccess, retryAtFrom } from './backoff.js';
import { checkRulesFor, decideCheck } from './decide-items.js';
import { skippedEntries } from './log-entries.js';
import type { SchedulerRules } from './rules.js';

export interface CheckDeps {
  feeds: Pick<FeedService, 'poll'>;
  feedStates: FeedStates;
  subscriptions: Subscriptions;
  seen: SeenItems;
  log: DeliveryLog;
  rules: SchedulerRules;
  logger: Logger;
  now: () => number;
  /** The per-host limit across processes (the pool keeps it within this one). */
  hostSlots: HostSlots;
}

/** Items one subscription decided to post in this tick. */
export interface Decided {
  subscription: Subscription;
  items: FeedItem[];
  source: FeedSource;
}

/**
 * What one feed's check came to: how the fetch went, the items its subscriptions decided to post,
 * and the subscriptions it paused (their channels are told).
 */
export interface FeedCheck {
  outcome: 'deferred' | 'failed' | 'not-modified' | 'fetched';
  decided: Decided[];
  paused: Subscription[];
  /**
   * The feed's new HTTP validators, to be written only once the decided items are in the outbox:
   * written earlier, a process that dies in between is answered 304 next time and never sees them.
   */
  validators?: FeedState;
}

/**
 * Check one feed for all its due subscriptions: a conditional GET (unless a subscription needs the
 * body), then each subscription's decision, or each one's failure and backoff.
 */
export async function checkFeed(feedUrl: string, subscriptions: Subscription[], deps: CheckDeps): Promise<FeedCheck> {
  const now = deps.now();
  const state = await deps.feedStates.get(feedUrl);
  if (state.retryAt && state.retryAt > now) {
    for (const subscription of subscriptions)
      await deps.subscriptions.update(subscription.id, { nextCheckAt: state.retryAt });
    return { outcome: 'deferred', decided: [], paused: [] };
  }
  // A first check, or items left behind by the per-check cap, need the body even if unchanged.
  const needBody = subscriptions.some((subscription) => !subscription.initialized || subscription.backlog);
  let result: PollResult;
  try {
    const release = await deps.hostSlots.acquire(hostOf(feedUrl));
    result = await deps.feeds.poll(feedUrl, needBody ? {} : state).finally(release);
  } catch (error) {
    const retryAt = retryAtFrom(error, now);
    await deps.feedStates.set(feedUrl, { ...state, retryAt });
    deps.logger.info('feed check failed', { feed_url: feedUrl, error: describeFailure(error), retry_at: retryAt });
    const paused: Subscription[] = [];
    for (const subscription of subscriptions) {
      const pausedNow = await recordFailure(subscription, describeFailure(error), retryAt, now, deps);
      if (pausedNow) paused.push(pausedNow);
    }
    return { outcome: 'failed', decided: [], paused };
  }
  const decided: Decided[] = [];
  for (const subscription of subscriptions) {
    const patch: Partial<Subscription> = {
      failures: 0,
      lastError: undefined,
      lastCheckAt: now,
      nextCheckAt: nextCheckAfterSuccess(now, subscription.intervalMinutes),
    };
    if (result.notModified) await deps.subscriptions.update(subscription.id, patch);
    else {
      const posting = await decide(subscription, { ...result, url: feedUrl }, patch, now, deps);
      if (posting) decided.push(posting);
    }
  }
  const outcome = result.notModified ? 'not-modified' : 'fetched';
  // Most checks are 304s that change nothing here: skip the write (one per feed per tick adds up).
  if (result.etag === state.etag && result.lastModified === state.lastModified && !state.retryAt)
    return { outcome, decided, paused: [] };
  const validators = { etag: result.etag, lastModified: result.lastModified };
  if (decided.length > 0) return { outcome, decided, paused: [], validators };
  await deps.feedStates.set(feedUrl, validators);
  return { outcome, decided, paused: [] };
}

/** Count a failed check against the subscription; returns it when this failure paused it. */
async function recordFailure(
  subscription: Subscription,
  lastError: string,
  retryAt: number | undefined,
  now: number,
  deps: CheckDeps,
): Promise<Subscription | undefined> {
  const failures = subscription.failures + 1;
  const paused = failures >= deps.rules.failureLimit;
  const outcome = paused ? `${lastError} Paused after ${failures} failed checks in a row.` : lastError;
  await deps.log.record(subscription.id, [{ at: now, outcome: 'failed', reason: outcome, retrying: !paused }]);
  const updated = await deps.subscriptions.update(subscription.id, {
    failures,
    lastError,
    lastCheckAt: now,
    nextCheckAt: nextCheckAfterFailure(now, subscription.intervalMinutes, failures, retryAt),
    paused,
    pauseNotified: paused ? false : subscription.pauseNotified,
  });
  return updated && paused ? updated : undefined;
}

/** Settle one subscription's items after a fetch; returns what it will post, if anything. */
async function decide(
  subscription: Subscription,
  fetched: FetchedFeed,
  patch: Partial<Subscription>,
  now: number,
  deps: CheckDeps,
): Promise<Decided | undefined> {
  const items = fetched.feed.items;
  const seen = await deps.seen.get(subscription.id);
  const decision = decideCheck(items, seen, subscription, checkRulesFor(subscription, deps.rules, now));
  // Skipped items are settled now; the ones to post are marked only when Discord confirms them.
  await deps.seen.add(
    subscription.id,
    decision.skipped.map(({ item }) => item.id),
    items.map((item) => item.id),
    seen,
  );
  await deps.log.record(subscription.id, skippedEntries(decision.skipped, now));
  const updated = await deps.subscriptions.update(subscription.id, {
    ...patch,
    initialized: true,
    backlog: decision.waiting > 0,
    ...(decision.waiting > 0 ? { nextCheckAt: now } : {}),
  });
  const source = { title: fetched.feed.title, url: fetched.url, link: fetched.feed.link };
  deps.logger.debug('feed checked', {
    subscription_id: subscription.id,
    feed_url: fetched.url,
    items: items.length,
    to_post: decision.post.length,
    skipped: decision.skipped.length,
    waiting: decision.waiting,
  });
  return updated && decision.post.length > 0 ? { subscription: updated, items: decision.post, source } : undefined;
}
