import type { APIEmbed } from 'discord.js';
import type { Services } from '../../../create-services.js';
import type { FetchedFeed } from '../fetch/feed-service.js';
import type { FeedItem } from '../parse/index.js';
import { digestEmbed } from '../present/digest.js';
import { composeItemCard } from '../present/item-card.js';
import { checkRulesFor, decideCheck, newestFirst } from '../schedule/decide-items.js';
import { schedulerRules } from '../schedule/rules.js';
import { FeedStates } from '../state/feed-states.js';
import { SeenItems } from '../state/seen-items.js';
import { newSubscriptionId } from '../state/subscriptions.js';
import type { FeedFilter, PostMode, Subscription } from '../state/types.js';

/** Subscriptions one server may have; MonitoRSS caps them too, and each one costs a fetch per interval. */
export const MAX_SUBSCRIPTIONS_PER_GUILD = 100;

export interface SubscribeRequest {
  guildId: string;
  channelId: string;
  url: string;
  intervalMinutes: number;
  mode: PostMode;
  filter?: FeedFilter;
  userId?: string;
  now: number;
}

export type SubscribeResult =
  | { ok: true; subscription: Subscription; created: boolean; fetched: FetchedFeed; newest: FeedItem | undefined }
  | { ok: false; reason: 'limit' };

/**
 * Subscribe a channel to the feed behind a URL: discover and fetch it once (so a broken address is
 * refused now, not in ten minutes), then store the subscription, due at the next tick. Adding a
 * feed the channel already follows updates its settings and starts it again if it was paused.
 */
export async function subscribe(services: Services, request: SubscribeRequest): Promise<SubscribeResult> {
  const fetched = await services.feeds.discover(request.url);
  const newest = newestFirst(fetched.feed.items)[0];
  const inGuild = await services.subscriptions.inGuild(request.guildId);
  const existing = inGuild.find(
    (subscription) => subscription.channelId === request.channelId && subscription.feedUrl === fetched.url,
  );
  const settings = {
    intervalMinutes: request.intervalMinutes,
    mode: request.mode,
    filter: request.filter,
    title: fetched.feed.title || fetched.url,
  };
  if (existing) {
    const subscription = (await services.subscriptions.update(existing.id, {
      ...settings,
      paused: false,
      pauseNotified: false,
      failures: 0,
      lastError: undefined,
      nextCheckAt: request.now,
    }))!;
    return { ok: true, subscription, created: false, fetched, newest };
  }
  if (inGuild.length >= MAX_SUBSCRIPTIONS_PER_GUILD) return { ok: false, reason: 'limit' };
  const subscription: Subscription = {
    id: newSubscriptionId(),
    guildId: request.guildId,
    channelId: request.channelId,
    feedUrl: fetched.url,
    ...settings,
    createdAt: request.now,
    createdBy: request.userId,
    nextCheckAt: request.now,
    failures: 0,
    initialized: false,
  };
  await services.subscriptions.save(subscription);
  return { ok: true, subscription, created: true, fetched, newest };
}

/** Remove a subscription and what it remembers; the feed's fetch state too when nobody follows the feed any more. */
export async function unsubscribe(services: Services, subscription: Subscription): Promise<void> {
  await services.subscriptions.remove(subscription.id);
  await new SeenItems(services.store.ns('seen')).remove(subscription.id);
  const followed = (await services.subscriptions.all()).some((other) => other.feedUrl === subscription.feedUrl);
  if (!followed) await new FeedStates(services.store.ns('feed')).remove(subscription.feedUrl);
}

/**
 * What the next post of a subscription would look like: the next unseen item that passes its
 * filter (or, when nothing is new, the newest item), made into the card the scheduler would post.
 */
export async function previewNextPost(
  services: Services,
  subscription: Subscription,
  now: number,
): Promise<{ embed: APIEmbed; isNew: boolean } | undefined> {
  // Unconditional: a GET without validators is never answered 304.
  const fetched = await services.feeds.poll(subscription.feedUrl);
  if (fetched.notModified) return undefined;
  const seen = await new SeenItems(services.store.ns('seen')).get(subscription.id);
  const decision = decideCheck(
    fetched.feed.items,
    seen,
    subscription,
    checkRulesFor(subscription, schedulerRules(services.config), now),
  );
  const source = { title: fetched.feed.title, url: fetched.url, link: fetched.feed.link };
  if (subscription.mode === 'digest') {
    const items = decision.post.length ? [...decision.post].reverse() : newestFirst(fetched.feed.items).slice(0, 3);
    return items.length
      ? { embed: digestEmbed(source, items, subscription.intervalMinutes), isNew: decision.post.length > 0 }
      : undefined;
  }
  const item = decision.post[0] ?? newestFirst(fetched.feed.items)[0];
  if (!item) return undefined;
  return {
    embed: await composeItemCard(services.articles, item, source, { logger: services.logger }),
    isNew: decision.post.length > 0,
  };
}
