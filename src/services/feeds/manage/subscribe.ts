import type { UrlPolicyOptions } from '../../fetcher/index.js';
import type { FeedService, FetchedFeed } from '../fetch/feed-service.js';
import type { FeedItem } from '../parse/index.js';
import { newestFirst } from '../schedule/decide-items.js';
import type { DeliveryLog } from '../state/delivery-log.js';
import type { FeedStates } from '../state/feed-states.js';
import type { SeenItems } from '../state/seen-items.js';
import { newSubscriptionId, type Subscriptions } from '../state/subscriptions.js';
import type { FeedFilter, PostMode, PostTemplate, Subscription } from '../state/types.js';
import { buildTarget, feedIcon, type TargetRequest, webhookNameFrom } from './post-target.js';

/** Subscriptions one server may have; MonitoRSS caps them too, and each one costs a fetch per interval. */
export const MAX_SUBSCRIPTIONS_PER_GUILD = 100;

export interface SubscribeRequest {
  guildId: string;
  channelId: string;
  url: string;
  intervalMinutes: number;
  mode: PostMode;
  filter?: FeedFilter;
  mentionRoleId?: string;
  /** Checked already (template-settings.ts). */
  template?: PostTemplate;
  /** Where posts land; the webhook's default name and avatar come from the feed (the avatar vetted by `urlPolicy`). Left out: unchanged (plain messages when new). */
  target?: TargetRequest & { urlPolicy: UrlPolicyOptions };
  userId?: string;
  now: number;
}

export type SubscribeResult =
  | { ok: true; subscription: Subscription; created: boolean; fetched: FetchedFeed; newest: FeedItem | undefined }
  | { ok: false; reason: 'limit' };

/**
 * Subscribe a channel to the feed behind a URL: discover and fetch it once (so a broken address is
 * refused now, not in ten minutes), then store the subscription, due at the next tick. Adding a
 * feed the channel already follows updates its settings and starts it again if it was paused (either way).
 */
export async function subscribe(
  services: { feeds: Pick<FeedService, 'discover'>; subscriptions: Subscriptions },
  request: SubscribeRequest,
): Promise<SubscribeResult> {
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
    mentionRoleId: request.mentionRoleId,
    template: request.template,
    title: fetched.feed.title || fetched.url,
  };
  const target = request.target && {
    target: buildTarget(
      request.target,
      { name: webhookNameFrom(settings.title), avatarUrl: feedIcon(fetched, request.target.urlPolicy) },
      existing?.target,
    ),
  };
  const updated =
    existing &&
    (await services.subscriptions.update(existing.id, {
      ...settings,
      ...target,
      paused: false,
      pausedBy: undefined,
      pauseNotified: false,
      failures: 0,
      lastError: undefined,
      nextCheckAt: request.now,
    }));
  // (Removed meanwhile by another /feed remove: it is created again below.)
  if (updated) return { ok: true, subscription: updated, created: false, fetched, newest };
  if (inGuild.length >= MAX_SUBSCRIPTIONS_PER_GUILD) return { ok: false, reason: 'limit' };
  const subscription: Subscription = {
    id: newSubscriptionId(),
    guildId: request.guildId,
    channelId: request.channelId,
    feedUrl: fetched.url,
    ...settings,
    ...target,
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
export async function unsubscribe(
  services: { subscriptions: Subscriptions; seen: SeenItems; feedStates: FeedStates; deliveryLog: DeliveryLog },
  subscription: Subscription,
): Promise<void> {
  await services.subscriptions.remove(subscription.id);
  await services.seen.remove(subscription.id);
  await services.deliveryLog.remove(subscription.id);
  const followed = (await services.subscriptions.all()).some((other) => other.feedUrl === subscription.feedUrl);
  if (!followed) await services.feedStates.remove(subscription.feedUrl);
}
