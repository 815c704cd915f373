import type { Services } from '../../create-services.js';
import { Delivery, type DeliveryHooks } from './deliver/delivery.js';
import { createRestPoster, type Poster } from './deliver/poster.js';
import { type SchedulerRules, schedulerRules } from './schedule/rules.js';
import { ChannelStories } from './schedule/same-story.js';
import { Scheduler } from './schedule/scheduler.js';
import { FeedStates } from './state/feed-states.js';
import { Outbox } from './state/outbox.js';
import { SeenItems } from './state/seen-items.js';

export interface SchedulerOptions {
  /** Default: posting over REST to DISCORD_API_URL with DISCORD_TOKEN. */
  poster?: Poster;
  /** Default: Date.now. Tests move time by hand. */
  now?: () => number;
  /** Override single rules (tests, the benchmark). */
  rules?: Partial<SchedulerRules>;
  hooks?: DeliveryHooks;
}

/** Build the scheduler over the services' store, feeds and article pipeline. */
export function createScheduler(services: Services, options: SchedulerOptions = {}): Scheduler {
  const { config, store, logger } = services;
  const now = options.now ?? Date.now;
  const rules = { ...schedulerRules(config), ...options.rules };
  const seen = new SeenItems(store.ns('seen'));
  const stories = new ChannelStories(store.ns('seen'), rules.maxItemAgeMs);
  const poster = options.poster ?? createRestPoster({ apiBase: config.discordApiUrl, token: config.discordToken });
  const delivery = new Delivery({
    outbox: new Outbox(store.ns('outbox')),
    seen,
    subscriptions: services.subscriptions,
    stories,
    poster,
    logger,
    now,
    hooks: options.hooks,
  });
  return new Scheduler({
    subscriptions: services.subscriptions,
    seen,
    feedStates: new FeedStates(store.ns('feed')),
    stories,
    delivery,
    feeds: services.feeds,
    articles: services.articles,
    rules,
    logger,
    now,
  });
}
