import { FailureError, isFailure } from '../../errors.js';
import type { Fetcher, FetchResponse } from '../../fetcher/index.js';
import { parseUserUrl } from '../../urls.js';
import type { ParsedFeed } from '../parse/index.js';
import { looksLikeFeed, parseFeed } from '../parse/index.js';
import { discoverFeedLinks } from './discover.js';

/** A feed read over HTTP, with the validators for the next conditional GET. */
export interface FetchedFeed {
  /** The feed's URL after redirects (what a subscription stores). */
  url: string;
  feed: ParsedFeed;
  etag?: string;
  lastModified?: string;
}

/** What a conditional GET of a known feed gives: nothing new (304), or the feed. */
export type PollResult =
  | ({ notModified: true } & Pick<FetchedFeed, 'etag' | 'lastModified'>)
  | ({ notModified: false } & FetchedFeed);

/** Candidate feeds tried from one page; a site lists a handful (RSS, Atom, JSON, comments). */
const MAX_CANDIDATES = 3;

/**
 * Discovery, fetching and parsing of feeds: the one path shared by `/feed`, the scheduler and
 * `newsdesk feed`. Fetches go through the safe fetcher with kind 'feed' (its own size cap).
 */
export class FeedService {
  constructor(private readonly fetcher: Fetcher) {}

  /** Parse a feed body (bytes or text); relative links resolve against `baseUrl`. */
  parse(body: Uint8Array | string, baseUrl: string, contentType?: string | null): ParsedFeed {
    return parseFeed(body, baseUrl, contentType);
  }

  /**
   * Find the feed behind a site page or a feed URL and read it once: a feed is parsed as is; a page
   * is searched for `<link rel="alternate">` feeds, tried in the page's order.
   */
  async discover(input: string): Promise<FetchedFeed> {
    const response = await this.fetcher.fetch({ url: parseUserUrl(input).href, kind: 'feed' });
    // The fetcher already decoded the body (same charset rules as the parser): sniff and parse that text.
    if (looksLikeFeed(response.text)) return this.fromResponse(response);
    const candidates = discoverFeedLinks(response.text, response.url).slice(0, MAX_CANDIDATES);
    let lastError: unknown = new FailureError('not-a-feed', `No feed is linked from ${response.url}`);
    for (const candidate of candidates) {
      try {
        const feedResponse = await this.fetcher.fetch({ url: candidate, kind: 'feed' });
        if (looksLikeFeed(feedResponse.text)) return this.fromResponse(feedResponse);
        lastError = new FailureError('not-a-feed', `${candidate} is not a feed`);
      } catch (error) {
        if (!isFailure(error)) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  /** Conditional GET of a feed URL with the validators of its last fetch. */
  async poll(url: string, validators: { etag?: string; lastModified?: string } = {}): Promise<PollResult> {
    const response = await this.fetcher.fetch({
      url,
      kind: 'feed',
      etag: validators.etag,
      lastModified: validators.lastModified,
    });
    if (response.notModified) return { notModified: true, etag: response.etag, lastModified: response.lastModified };
    // A known feed that stops parsing is a broken feed ('feed-parse'), whatever it serves now.
    return { notModified: false, ...this.fromResponse(response) };
  }

  private fromResponse(response: FetchResponse): FetchedFeed {
    const feed = this.parse(response.text, response.url);
    return { url: response.url, feed, etag: response.etag, lastModified: response.lastModified };
  }
}
