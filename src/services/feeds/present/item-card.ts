import type { Article, Link } from '../../article.js';
import type { ArticleService } from '../../article-service.js';
import { isFailure } from '../../errors.js';
import { readingMinutes } from '../../extract/index.js';
import type { Language } from '../../language/languages.js';
import { versionIn } from '../../language/version-in.js';
import type { Logger } from '../../logger.js';
import type { FeedItem } from '../parse/index.js';
import type { PostTemplate } from '../state/types.js';
import { DEFAULT_TEMPLATE, type RenderedPost, renderPost } from './template/render-post.js';

/** Sentences in a scheduled card's summary (the /article default, "medium"). */
export const POST_SENTENCES = 3;

/** The feed a post comes from, as the card names it. */
export interface FeedSource {
  title: string;
  url: string;
  link: string | null;
}

/** An Article built from the feed item alone, for when the page itself cannot be read. */
async function articleFromItem(articles: ArticleService, item: FeedItem, source: FeedSource): Promise<Article> {
  const text = item.summary.trim();
  // A feed text too hostile to summarise in time still gets its card (title and link), not a stuck channel.
  const summary = text
    ? await articles.summarizeText({ title: item.title, text }, POST_SENTENCES).catch((error: unknown) => {
        if (isFailure(error)) return [];
        throw error;
      })
    : [];
  const url = item.link ?? source.link ?? source.url;
  return {
    url,
    title: item.title,
    siteName: source.title || null,
    byline: item.author,
    publishedAt: item.published,
    section: null,
    lang: null,
    image: null,
    readingMinutes: readingMinutes(text),
    text,
    source: null,
    related: [],
    alternates: [],
    summary,
    similar: [],
    requestedUrl: url,
    fetchedAt: new Date().toISOString(),
  };
}

/**
 * The post for one feed item: the same card /article makes, summarised from the full article when
 * its page can be read, else from the feed's own text (the card's footer says which), rendered
 * with the subscription's template (none: the default one, which is that card unchanged).
 */
export async function composeItemPost(
  articles: ArticleService,
  item: FeedItem,
  source: FeedSource,
  options: { alsoCoveredBy?: Link[]; logger?: Logger; template?: PostTemplate; language?: Language } = {},
): Promise<RenderedPost> {
  const { template = DEFAULT_TEMPLATE, language } = options;
  if (item.link) {
    try {
      const read = (url: string) => articles.get({ url, sentences: POST_SENTENCES });
      const original = await read(item.link);
      const article = language ? await versionIn(original, language, read) : original;
      return renderPost(template, { ...article, publishedAt: article.publishedAt ?? item.published }, source, {
        summaryFrom: 'article',
        alsoCoveredBy: options.alsoCoveredBy,
        locale: language,
      });
    } catch (error) {
      if (!isFailure(error))
        options.logger?.warn('article page could not be summarised; using the feed text', { url: item.link, error });
    }
  }
  return renderPost(template, await articleFromItem(articles, item, source), source, {
    summaryFrom: 'feed',
    alsoCoveredBy: options.alsoCoveredBy,
    locale: language,
  });
}
