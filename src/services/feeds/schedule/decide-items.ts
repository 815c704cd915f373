import type { FeedItem } from '../parse/index.js';
import type { SkipReason } from '../state/delivery-log.js';
import type { FeedFilter, Subscription } from '../state/types.js';
import { passesFilter } from './filters.js';
import type { SchedulerRules } from './rules.js';

/** The rules of one check (FEED_* settings), with the clock passed in. */
export interface CheckRules {
  now: number;
  /** Items posted on a subscription's first check (the newest ones); the rest are only marked seen. */
  firstPostCount: number;
  /** Items published longer ago than this are never posted. */
  maxItemAgeMs: number;
  /** Posts per check; the rest stay unseen and wait for the next check. */
  maxPosts: number;
}

/**
 * The rules of one check of `subscription`: cards are capped at FEED_MAX_POSTS_PER_TICK per check;
 * a digest takes every new item at once (one message per check, which lists DIGEST_MAX_ITEMS and
 * counts the rest).
 */
export function checkRulesFor(
  subscription: Pick<Subscription, 'mode'>,
  rules: SchedulerRules,
  now: number,
): CheckRules {
  const maxPosts = subscription.mode === 'digest' ? Number.POSITIVE_INFINITY : rules.maxPostsPerTick;
  return { now, firstPostCount: rules.firstPostCount, maxItemAgeMs: rules.maxItemAgeMs, maxPosts };
}

/** What one check of one subscription decided. */
export interface CheckDecision {
  /** To post now, oldest first so the channel reads in order. */
  post: FeedItem[];
  /** To mark seen without posting, and why: the back catalogue on a first check, filtered and too old items. */
  skipped: { item: FeedItem; reason: Exclude<SkipReason, 'duplicate'> }[];
  /** New items left for the next check by the per-check cap. */
  waiting: number;
}

/** An item's publication time in epoch ms, or undefined when it has no readable date. */
export function publishedMs(item: FeedItem): number | undefined {
  const ms = item.published ? Date.parse(item.published) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Items newest first: by date when every item has one, else in feed order (feeds list the newest
 * first; an undated item cannot be placed among dated ones).
 */
export function newestFirst(items: FeedItem[]): FeedItem[] {
  if (items.some((item) => publishedMs(item) === undefined)) return [...items];
  return [...items].sort((a, b) => (publishedMs(b) ?? 0) - (publishedMs(a) ?? 0));
}

/**
 * Decide what a subscription posts from the feed's current items: unseen items that pass the filter
 * and the age limit; on the first check only the newest `firstPostCount`, never the back catalogue.
 */
export function decideCheck(
  items: FeedItem[],
  seen: ReadonlySet<string>,
  subscription: { initialized: boolean; filter?: FeedFilter },
  rules: CheckRules,
): CheckDecision {
  const skipped: CheckDecision['skipped'] = [];
  const candidates: FeedItem[] = [];
  for (const item of newestFirst(items)) {
    if (seen.has(item.id)) continue;
    const published = publishedMs(item);
    if (published !== undefined && rules.now - published > rules.maxItemAgeMs)
      skipped.push({ item, reason: 'too-old' });
    else if (!passesFilter(subscription.filter, item)) skipped.push({ item, reason: 'filter' });
    else candidates.push(item);
  }
  if (!subscription.initialized) {
    const count = Math.min(rules.firstPostCount, rules.maxPosts);
    skipped.push(...candidates.slice(count).map((item) => ({ item, reason: 'first-run' as const })));
    return { post: candidates.slice(0, count).reverse(), skipped, waiting: 0 };
  }
  const oldestFirst = candidates.reverse();
  return {
    post: oldestFirst.slice(0, rules.maxPosts),
    skipped,
    waiting: Math.max(0, oldestFirst.length - rules.maxPosts),
  };
}
