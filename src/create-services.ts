import type { Config } from './config.js';
import { DashboardAddress } from './dashboard/address.js';
import { SignInLinks } from './dashboard/auth/links.js';
import { Sessions } from './dashboard/auth/sessions.js';
import type { DashboardAccess } from './dashboard/parts.js';
import { ArticleService } from './services/article-service.js';
import { createArticleWork } from './services/article-work/index.js';
import { createLimits } from './services/atomic/limits.js';
import { openRedis, type RedisConnection } from './services/atomic/redis-connection.js';
import { PendingPosts } from './services/autosummary/pending-posts.js';
import type { LinkClaims } from './services/autosummary/recent.js';
import { AutoSummarySettings } from './services/autosummary/settings.js';
import type { RateLimit } from './services/cooldown.js';
import { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './services/extract/index.js';
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
import { ServerSettings } from './services/language/server-settings.js';
import type { Logger } from './services/logger.js';
import { type Metrics, noMetrics } from './services/metrics/metrics.js';
import { createPrometheusMetrics, type MetricsExposition } from './services/metrics/prometheus.js';
import { timedFetcher } from './services/metrics/timed-fetcher.js';
import { watchRest } from './services/metrics/watch-rest.js';
import { isRedisUrl, openStore, type Store } from './services/store.js';
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
  /** The dashboard's clock (default Date.now); tests move it to expire links and sessions. */
  dashboardNow?: () => number;
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
  /** How much of a page's markup is built into a DOM (EXTRACT_MAX_DEPTH, EXTRACT_MAX_NODES). */
  extractBounds: ExtractBounds;
  articles: ArticleService;
  /** What the bot counts (a no-op without METRICS_PORT). */
  metrics: Metrics;
  /** The /metrics text, when METRICS_PORT is set. */
  exposition?: MetricsExposition;
  /** The connection the atomic limits use when the store is Redis (closed with the store). */
  redis?: RedisConnection;
  /** Per-member limit on article requests (across every process when the store is Redis). */
  articleCooldown: RateLimit;
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
  sharedLinks: { settings: AutoSummarySettings; recent: LinkClaims; pendingPosts: PendingPosts };
  /** Per-server settings (the cards' language), in the `guild` namespace. */
  serverSettings: ServerSettings;
  /** Per-channel limit on auto-summary cards for shared links (across every process when the store is Redis). */
  linkCooldown: RateLimit;
  /** Sign-in links and sessions of the web dashboard; only when DASHBOARD_PORT is set. */
  dashboard?: DashboardAccess;
}

/** The dashboard's state, in the `dashboard` namespace (links and sessions under their own key prefixes). */
function dashboardAccess(config: Config, store: Store, now: () => number): DashboardAccess | undefined {
  if (config.dashboardPort === undefined) return undefined;
  return {
    links: new SignInLinks(store.ns('dashboard'), now),
    sessions: new Sessions(store.ns('dashboard'), now),
    address: new DashboardAddress(config.dashboardUrl),
    now,
  };
}

/** Build the services from config. */
export function createServices(config: Config, logger: Logger, options: ServiceOptions = {}): Services {
  const storeUrl = options.storeUrl ?? config.storeUrl;
  const store = openStore(storeUrl);
  // Keyv has no set-if-absent or counters, so limits several processes share talk to Redis themselves.
  const redis = isRedisUrl(storeUrl) ? openRedis(storeUrl, logger) : undefined;
  const limits = createLimits({
    redis: redis?.commands,
    autosummary: store.ns('autosummary'),
    articlesPerMinute: config.articleCooldownPerMinute,
  });
  const prometheus = config.metricsPort === undefined ? undefined : createPrometheusMetrics();
  const metrics = prometheus?.metrics ?? noMetrics;
  // Timed here once, so pages and feeds alike are measured (by kind).
  const fetcher = timedFetcher(
    createFetcher({
      timeoutMs: config.fetchTimeoutMs,
      maxHtmlBytes: config.fetchMaxHtmlBytes,
      maxFeedBytes: config.fetchMaxFeedBytes,
      allowPorts: config.fetchAllowPorts,
      allowPrivateHosts: config.fetchAllowPrivateHosts,
    }),
    metrics,
  );
  const extractBounds = {
    ...DEFAULT_EXTRACT_BOUNDS,
    maxDepth: config.extractMaxDepth,
    maxNodes: config.extractMaxNodes,
  };
  const work = createArticleWork({
    size: config.articleWorkers,
    deadlineMs: config.articleWorkTimeoutMs,
    extractBounds,
  });
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
    extractBounds,
    articles: store.ns('article'),
    failures: store.ns('failure'),
    logger,
    cacheTtlMs: config.articleCacheHours * 3_600_000,
    failureTtlMs: config.failureCacheSeconds * 1000,
  });
  const feeds = new FeedService(fetcher);
  const serverSettings = new ServerSettings(store.ns('guild'));

  // The feed side's state: `seen` holds both the items each subscription has seen and the stories
  // each channel was shown (under `channel:<id>` keys).
  const schedulerOptions = options.scheduler ?? {};
  const now = schedulerOptions.now ?? Date.now;
  const rules = { ...schedulerRules(config), ...schedulerOptions.rules };
  // A Redis store means processes may share the subscriptions, so they share the queue too;
  // SQLite and memory mean one process, and the queue lives in it.
  const feedWork = openFeedWork({
    url: config.queueUrl || (isRedisUrl(storeUrl) ? storeUrl : ''),
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
  const outbox = new Outbox(store.ns('outbox'));
  metrics.watchOutbox(async () => (await outbox.pending()).length);
  const delivery = new LeasedDelivery(
    {
      outbox,
      seen,
      subscriptions,
      stories,
      log: deliveryLog,
      poster:
        schedulerOptions.poster ??
        createRestPoster({
          apiBase: config.discordApiUrl,
          token: config.discordToken,
          onRest: (rest) => watchRest(rest, 'poster', metrics),
        }),
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
    languages: serverSettings,
    rules,
    logger,
    now,
    onTick: (report) => metrics.tickEnded(report),
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
    extractBounds,
    articles,
    metrics,
    exposition: prometheus?.exposition,
    redis,
    articleCooldown: limits.articleCooldown,
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
      recent: limits.recentLinks,
      pendingPosts: new PendingPosts(store.ns('autosummary')),
    },
    serverSettings,
    linkCooldown: limits.channelCards,
    dashboard: dashboardAccess(config, store, options.dashboardNow ?? Date.now),
  };
}

/** Close what the services hold open (worker threads, the store, the Redis connection), once the work in hand is done. */
export async function closeServices(services: Pick<Services, 'articles' | 'store' | 'redis'>): Promise<void> {
  await services.articles.close();
  await services.store.close();
  await services.redis?.close();
}
