import type { FetchedFeed, PollResult } from '../fetch/feed-service.js';
import type { Subscription } from '../state/types.js';
import { describeFailure, nextCheckAfterFailure, nextCheckAfterSuccess, retryAtFrom } from './backoff.js';
import { checkRulesFor, decideCheck } from './decide-items.js';
import type { ChannelWork, PollDeps, PollReport } from './poll-due.js';

/** Where one feed's check puts its results: the tick's report and each channel's work. */
export interface CheckSink {
  report: PollReport;
  channel(channelId: string): ChannelWork;
}

/**
 * Check one feed for all its due subscriptions: a conditional GET (unless a subscription needs the
 * body), then each subscription's decision, or each one's failure and backoff.
 */
export async function checkFeed(
  feedUrl: string,
  subscriptions: Subscription[],
  deps: PollDeps,
  sink: CheckSink,
): Promise<void> {
  const now = deps.now();
  const state = await deps.feedStates.get(feedUrl);
  if (state.retryAt && state.retryAt > now) {
    sink.report.deferred += 1;
    for (const subscription of subscriptions)
      await deps.subscriptions.update(subscription.id, { nextCheckAt: state.retryAt });
    return;
  }
  // A first check, or items left behind by the per-check cap, need the body even if unchanged.
  const needBody = subscriptions.some((subscription) => !subscription.initialized || subscription.backlog);
  let result: PollResult;
  try {
    result = await deps.feeds.poll(feedUrl, needBody ? {} : state);
  } catch (error) {
    sink.report.failed += 1;
    const retryAt = retryAtFrom(error, now);
    await deps.feedStates.set(feedUrl, { ...state, retryAt });
    deps.logger.info('feed check failed', { feed_url: feedUrl, error: describeFailure(error), retry_at: retryAt });
    for (const subscription of subscriptions)
      await recordFailure(subscription, describeFailure(error), retryAt, now, deps, sink);
    return;
  }
  // Most checks are 304s that change nothing here: skip the write (one per feed per tick adds up).
  if (result.etag !== state.etag || result.lastModified !== state.lastModified || state.retryAt) {
    await deps.feedStates.set(feedUrl, { etag: result.etag, lastModified: result.lastModified });
  }
  if (result.notModified) sink.report.notModified += 1;
  for (const subscription of subscriptions) {
    const patch: Partial<Subscription> = {
      failures: 0,
      lastError: undefined,
      lastCheckAt: now,
      nextCheckAt: nextCheckAfterSuccess(now, subscription.intervalMinutes),
    };
    if (result.notModified) await deps.subscriptions.update(subscription.id, patch);
    else await decide(subscription, { ...result, url: feedUrl }, patch, now, deps, sink);
  }
}

async function recordFailure(
  subscription: Subscription,
  lastError: string,
  retryAt: number | undefined,
  now: number,
  deps: PollDeps,
  sink: CheckSink,
): Promise<void> {
  const failures = subscription.failures + 1;
  const paused = failures >= deps.rules.failureLimit;
  const updated = await deps.subscriptions.update(subscription.id, {
    failures,
    lastError,
    lastCheckAt: now,
    nextCheckAt: nextCheckAfterFailure(now, subscription.intervalMinutes, failures, retryAt),
    paused,
    pauseNotified: paused ? false : subscription.pauseNotified,
  });
  if (updated && paused) sink.channel(updated.channelId).paused.push(updated);
}

async function decide(
  subscription: Subscription,
  fetched: FetchedFeed,
  patch: Partial<Subscription>,
  now: number,
  deps: PollDeps,
  sink: CheckSink,
): Promise<void> {
  const items = fetched.feed.items;
  const seen = await deps.seen.get(subscription.id);
  const decision = decideCheck(items, seen, subscription, checkRulesFor(subscription, deps.rules, now));
  // Skipped items are settled now; the ones to post are marked only when Discord confirms them.
  await deps.seen.add(
    subscription.id,
    decision.skip,
    items.map((item) => item.id),
    seen,
  );
  const updated = await deps.subscriptions.update(subscription.id, {
    ...patch,
    initialized: true,
    backlog: decision.waiting > 0,
    ...(decision.waiting > 0 ? { nextCheckAt: now } : {}),
  });
  const source = { title: fetched.feed.title, url: fetched.url, link: fetched.feed.link };
  if (updated && decision.post.length > 0)
    sink.channel(updated.channelId).decided.push({ subscription: updated, items: decision.post, source });
  deps.logger.debug('feed checked', {
    subscription_id: subscription.id,
    feed_url: fetched.url,
    items: items.length,
    to_post: decision.post.length,
    skipped: decision.skip.length,
    waiting: decision.waiting,
  });
}
