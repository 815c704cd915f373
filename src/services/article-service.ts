import type Keyv from 'keyv';
import type { Article, ExtractedArticle } from './article.js';
import type { ArticleWork } from './article-work/index.js';
import { FailureError, type FailureKind, isFailure } from './errors.js';
import { type ExtractBounds, extractArticle } from './extract/index.js';
import type { Fetcher } from './fetcher/index.js';
import type { Logger } from './logger.js';
import { SimilarIndex } from './similar-index.js';
import { entries } from './store.js';
import { SUMMARY_LENGTHS, type Summarizer } from './summarize/index.js';
import { canonicalizeUrl, canonicalOrNull } from './urls.js';

/** What the article cache holds per canonical URL: the extraction and each summary length made so far. */
interface CachedArticle {
  article: ExtractedArticle;
  requestedUrl: string;
  fetchedAt: string;
  summaries: Record<number, string[]>;
}

/** Either the key of the real entry (an alias from a requested URL to the page's canonical URL) or the entry. */
type CacheRecord = CachedArticle | { aliasOf: string };

interface CachedFailure {
  kind: FailureKind;
  message: string;
  detail: FailureError['detail'];
}

export interface ArticleServiceDeps {
  fetcher: Fetcher;
  summarizer: Summarizer;
  /** Extracts fetched pages in worker threads under a deadline (article-work/); in this thread when absent. */
  work?: ArticleWork;
  /** Markup bounds for extraction in this thread (the worker gets its own through `work`). */
  extractBounds?: ExtractBounds;
  articles: Keyv<CacheRecord>;
  failures: Keyv<CachedFailure>;
  logger: Logger;
  cacheTtlMs: number;
  failureTtlMs: number;
  now?: () => Date;
}

export interface ArticleRequest {
  url: string;
  /** Number of summary sentences (2, 3 or 5). */
  sentences?: number;
}

// Fetch failures worth remembering for a while; a bad URL typed by a user costs no fetch anyway.
const REMEMBERED_FAILURES = new Set<FailureKind>([
  'blocked-address',
  'blocked-port',
  'timeout',
  'too-large',
  'not-html',
  'http-status',
  'too-many-redirects',
  'network',
  'empty-article',
]);
const SIMILAR_LIMIT = 5;
const DEFAULT_SENTENCES: number = SUMMARY_LENGTHS.medium;

/**
 * The one pipeline behind /article, shared links, scheduled posts and the CLI: canonical URL →
 * cache → safe fetch → extract → summarize, with single-flight per URL and brief failure caching.
 */
export class ArticleService {
  private readonly inFlight = new Map<string, Promise<CachedArticle>>();
  private readonly index = new SimilarIndex();

  constructor(private readonly deps: ArticleServiceDeps) {}

  /** Load the similarity index from what the cache already holds. */
  async warmUp(): Promise<void> {
    for await (const [, record] of entries(this.deps.articles)) {
      if ('article' in record) this.index.add(record.article);
    }
  }

  /** Stop the article workers, so the process can exit (bot shutdown). */
  async close(): Promise<void> {
    await this.deps.work?.close();
  }

  /** The article if it is cached (no network), else undefined. Lets a command answer at once. */
  async peek(request: ArticleRequest): Promise<Article | undefined> {
    const key = canonicalizeUrl(request.url);
    const cached = await this.lookup(key);
    return cached ? this.present(key, cached, request.sentences) : undefined;
  }

  /** The article with a summary of the requested length, from the cache or freshly fetched. */
  async get(request: ArticleRequest): Promise<Article> {
    const key = canonicalizeUrl(request.url);
    const sentences = request.sentences ?? DEFAULT_SENTENCES;
    const cached = (await this.lookup(key)) ?? (await this.fetchOnce(key, sentences));
    return this.present(key, cached, sentences);
  }

  /** Summarize an article already in hand (a feed item's own text when its page can't be fetched). */
  async summarizeText(input: { title: string; text: string; lang?: string | null }, sentences = 3): Promise<string[]> {
    return this.deps.summarizer.summarize(input, sentences);
  }

  private async lookup(key: string): Promise<CachedArticle | undefined> {
    const record = await this.deps.articles.get(key);
    if (record && 'aliasOf' in record) {
      const target = await this.deps.articles.get(record.aliasOf);
      return target && 'article' in target ? target : undefined;
    }
    return record;
  }

  /** Fetch, summarize and store one URL, shared by every request for it until it is in the cache. */
  private fetchOnce(key: string, sentences: number): Promise<CachedArticle> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.load(key)
        .then(async (cached) => {
          await this.summarize(key, cached, sentences);
          return cached;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async load(key: string): Promise<CachedArticle> {
    const failure = await this.deps.failures.get(key);
    if (failure) throw new FailureError(failure.kind, failure.message, failure.detail);
    try {
      const response = await this.deps.fetcher.fetch({ url: key, kind: 'html' });
      // The extractor trusts a page's canonical only on the host it was fetched from.
      const article = this.deps.work
        ? await this.deps.work.extract(response.text, response.url)
        : extractArticle(response.text, response.url, { bounds: this.deps.extractBounds });
      // Stored once its first summary is made (fetchOnce), not before and again after.
      return { article, requestedUrl: key, fetchedAt: (this.deps.now?.() ?? new Date()).toISOString(), summaries: {} };
    } catch (error) {
      if (isFailure(error) && REMEMBERED_FAILURES.has(error.kind)) {
        await this.deps.failures.set(
          key,
          { kind: error.kind, message: error.message, detail: error.detail },
          this.deps.failureTtlMs,
        );
      }
      throw error;
    }
  }

  /** Cache under the page's canonical URL, with an alias from the URL the user gave when they differ. */
  private async store(key: string, cached: CachedArticle): Promise<void> {
    const canonical = canonicalOrNull(cached.article.url) ?? key;
    await this.deps.articles.set(canonical, cached, this.deps.cacheTtlMs);
    if (canonical !== key) await this.deps.articles.set(key, { aliasOf: canonical }, this.deps.cacheTtlMs);
    this.index.add(cached.article);
  }

  /** Make and cache a summary of this length, unless the entry has one. */
  private async summarize(key: string, cached: CachedArticle, sentences: number): Promise<string[]> {
    let summary = cached.summaries[sentences];
    if (!summary) {
      summary = await this.deps.summarizer.summarize(cached.article, sentences);
      cached.summaries[sentences] = summary;
      await this.store(key, cached);
    }
    return summary;
  }

  private async present(key: string, cached: CachedArticle, sentences = DEFAULT_SENTENCES): Promise<Article> {
    const summary = await this.summarize(key, cached, sentences);
    const own = new Set([cached.article.url, key, ...cached.article.related.map((link) => link.url)]);
    return {
      ...cached.article,
      summary,
      similar: this.index.nearest(cached.article, SIMILAR_LIMIT, own),
      requestedUrl: key,
      fetchedAt: cached.fetchedAt,
    };
  }
}
