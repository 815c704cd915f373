import type { Config } from '../config.js';
import { ArticleService } from './article-service.js';
import { createArticleWork } from './article-work/index.js';
import { FeedService } from './feeds/feed-service.js';
import { Subscriptions } from './feeds/subscriptions.js';
import { createFetcher, type Fetcher } from './fetcher/index.js';
import type { Logger } from './logger.js';
import { openStore, type Store } from './store.js';
import { createSummarizer, type Summarizer } from './summarize/index.js';

/** Everything that is not Discord glue, built once and handed to commands, events, the scheduler and the CLI. */
export interface Services {
  config: Config;
  logger: Logger;
  store: Store;
  fetcher: Fetcher;
  summarizer: Summarizer;
  articles: ArticleService;
  /** Feed discovery, fetching and parsing: the one path for /feed, the scheduler and the CLI. */
  feeds: FeedService;
  subscriptions: Subscriptions;
}

/** Build the services from config. `storeUrl` overrides STORE_URL (the CLI uses `memory://`). */
export function createServices(config: Config, logger: Logger, storeUrl = config.storeUrl): Services {
  const store = openStore(storeUrl);
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
  const subscriptions = new Subscriptions(store.ns('sub'));
  return { config, logger, store, fetcher, summarizer, articles, feeds, subscriptions };
}
