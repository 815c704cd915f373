import type { Config } from './config.js';
import { ArticleService } from './services/article-service.js';
import { createArticleWork } from './services/article-work/index.js';
import { Cooldown } from './services/cooldown.js';
import type { Delivery, DeliveryHooks } from './services/feeds/deliver/delivery.js';
import { createRestPoster, type Poster } from './services/feeds/deliver/poster/rest-poster.js';
import { FeedService } from './services/feeds/fetch/feed-service.js';
import { LeasedDelivery } from './services/feeds/queue/leased-delivery.js';
import { openFeedWork } from './services/feeds/queue/open-feed-work.js';
import { QueuedSubscriptions } from './services/feeds/queue/queued-subscriptions.js';
import { type SchedulerRules, schedulerRules } from './services/feeds/schedule/rules.js';
import { Scheduler } from './services/feeds/schedule/scheduler.js';
import { ChannelStories } from './services/feeds/state/channel-stories.js';
import { DeliveryLog } from './services/feeds/state/delivery-log.js';
import { FeedStates } from './services/feeds/state/feed-states.js';
import { Outbox } from './services/feeds/state/outbox.js';
import { SeenItems } from './services/feeds/state/seen-items.js';
import type { Subscriptions } from './services/feeds/state/subscriptions.js';
import { createFetcher, type Fetcher } from './services/fetcher/index.js';
import type { Logger } from './services/logger.js';
import { createChannelCardLimit } from './services/shared-links/channel-limit.js';
import { PendingPosts } from './services/shared-links/pending-posts.js';
import { RecentLinks } from './services/shared-links/recent.js';
import { AutoSummarySettings } from './services/shared-links/settings.js';
import { openStore, type Store } from './services/store.js';
import { createSummarizer, type Summarizer } from './services/summarize/index.js';

export interface SchedulerOptions {
  /** Default: posting over REST to DISCORD_API_URL with DISCORD_TOKEN. */
  poster?: Poster;
  /** Default: Date.now. Tests move time by hand. */
  now?: () => number;
  /** Override single rules (tests, the benchmark). */
  rules?: Partial<SchedulerRules>;
  hooks?: DeliveryHooks;
}

export interface ServiceOptions {
  /** Overrides STORE_URL (the CLI uses `memory://`). */
  storeUrl?: string;
  scheduler?: SchedulerOptions;
}

/**
 * Every long-lived object of the bot, built once here and handed on: commands, events, the
 * scheduler and the CLI take the parts they use. Nothing below this file opens a store namespace.
 */
export interface Services {
  config: Config;
  logger: Logger;
  store: Store;
  fetcher: Fetcher;
  summarizer: Summarizer;
  articles: ArticleService;
  /** Per-member limit on article requests. */
  articleCooldown: Cooldown;
  /** Feed discovery, fetching and parsing: the one path for /feed, the scheduler and the CLI. */
  feeds: FeedService;
  rules: SchedulerRules;
  subscriptions: Subscriptions;
  seen: SeenItems;
  feedStates: FeedStates;
  stories: ChannelStories;
  /** The last decisions per subscription (posted, skipped, failed), for `/feed log`. */
  deliveryLog: DeliveryLog;
  delivery: Delivery;
  /** Posts feed subscriptions on its own cron heartbeat, once started. */
  scheduler: Scheduler;
  /** Auto-summary settings, links summarized per channel and pending "Post to channel" posts. */
  sharedLinks: { settings: AutoSummarySettings; recent: RecentLinks; pendingPosts: PendingPosts };
  /** Per-channel limit on auto-summary cards for shared links. */
  linkCooldown: Cooldown;
}

/** Build the services from config. */
export function createServices(config: Config, logger: Logger, options: ServiceOptions = {}): Services {
  const store = openStore(options.storeUrl ?? config.storeUrl);
  const fetcher = createFetcher({
    timeoutMs: config.fetchTimeoutMs,
    maxHtmlBytes: config.fetchMaxHtmlBytes,
    maxFeedBytes: config.fetchMaxFeedBytes,
    allowPorts: config.fetchAllowPorts,
    allowPrivateHosts: config.fetchAllowPrivateHosts,
  });
  const work = createArticleWork({ size: config.articleWorkers, deadlineMs: config.articleWorkTimeoutMs });
  const bounds = { maxInputChars: config.summaryMaxInputChars, maxSentences: config.summaryMaxSentences };
  const summarizer = createSummarizer({
    provider: config.summaryProvider,
    openaiBaseUrl: config.openaiBaseUrl,
    openaiApiKey: config.openaiApiKey,
    openaiModel: config.openaiModel,
    timeoutMs: config.fetchTimeoutMs,
    logger,
    bounds,
    extractive: work.summarizer(bounds),
  });
  const articles = new ArticleService({
    fetcher,
    summarizer,
    work,
    articles: store.ns('article'),
    failures: store.ns('failure'),
    logger,
    cacheTtlMs: config.articleCacheHours * 3_600_000,
    failureTtlMs: config.failureCacheSeconds * 1000,
  });
  const feeds = new FeedService(fetcher);

  // The feed side's state: `seen` holds both the items each subscription has seen and the stories
  // each channel was shown (under `channel:<id>` keys).
  const schedulerOptions = options.scheduler ?? {};
  const now = schedulerOptions.now ?? Date.now;
  const rules = { ...schedulerRules(config), ...schedulerOptions.rules };
  // A Redis store means processes may share the subscriptions, so they share the queue too;
  // SQLite and memory mean one process, and the queue lives in it.
  const storeUrl = options.storeUrl ?? config.storeUrl;
  const feedWork = openFeedWork({
    url: config.queueUrl || (/^rediss?:\/\//.test(storeUrl) ? storeUrl : ''),
    prefix: config.queuePrefix,
    lockMs: config.queueLockSeconds * 1000,
    perHost: rules.perHost,
    now,
    logger,
  });
  const subscriptions = new QueuedSubscriptions(store.ns('sub'), feedWork);
  const seen = new SeenItems(store.ns('seen'));
  const feedStates = new FeedStates(store.ns('feed'));
  const stories = new ChannelStories(store.ns('seen'), rules.maxItemAgeMs);
  const deliveryLog = new DeliveryLog(store.ns('log'), logger);
  const delivery = new LeasedDelivery(
    {
      outbox: new Outbox(store.ns('outbox')),
      seen,
      subscriptions,
      stories,
      log: deliveryLog,
      poster:
        schedulerOptions.poster ?? createRestPoster({ apiBase: config.discordApiUrl, token: config.discordToken }),
      logger,
      now,
      hooks: schedulerOptions.hooks,
    },
    feedWork.postLeases,
  );
  const scheduler = new Scheduler({
    subscriptions,
    seen,
    feedStates,
    stories,
    log: deliveryLog,
    delivery,
    feeds,
    articles,
    rules,
    logger,
    now,
    queue: feedWork.queue,
    feedIndex: feedWork.index,
    hostSlots: feedWork.hostSlots,
  });

  return {
    config,
    logger,
    store,
    fetcher,
    summarizer,
    articles,
    articleCooldown: new Cooldown(config.articleCooldownPerMinute, 60_000),
    feeds,
    rules,
    subscriptions,
    seen,
    feedStates,
    stories,
    deliveryLog,
    delivery,
    scheduler,
    sharedLinks: {
      settings: new AutoSummarySettings(store.ns('guild')),
      // Recent links and pending posts share the `autosummary` namespace under different key prefixes.
      recent: new RecentLinks(store.ns('autosummary')),
      pendingPosts: new PendingPosts(store.ns('autosummary')),
    },
    linkCooldown: createChannelCardLimit(),
  };
}
