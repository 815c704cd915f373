import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Services } from '../create-services.js';
import type { Article } from '../services/article.js';
import { extractArticle } from '../services/extract/index.js';
import { SUMMARY_LENGTHS } from '../services/summarize/index.js';
import { canonicalizeUrl } from '../services/urls.js';
import { classifyInput } from './input-kind.js';
import { CliUsageError } from './io.js';
import { readSavedPage } from './saved-page.js';

export interface ArticleInput {
  /** A web address (fetched) or a path to a saved page. */
  input: string;
  /** The address a saved page was fetched from, so it reads as it would have from the web. */
  address?: string;
  sentences?: number;
}

/**
 * Turn one CLI input into an article with its summary: a URL goes through the same ArticleService
 * as the bot; a saved page is extracted and summarized in place.
 */
export async function readArticle(
  { input, address, sentences = SUMMARY_LENGTHS.medium }: ArticleInput,
  services: Services,
): Promise<Article> {
  const target = classifyInput(input);
  if (target.kind === 'url') {
    if (address !== undefined)
      throw new CliUsageError(`${input} is a web address; an address (--url) is given only to a saved file.`);
    return services.articles.get({ url: target.url, sentences });
  }
  // As ArticleService does for a fetch: the canonical form of the address is both the key and the
  // page's own URL, so links, dates in the URL and the canonical-host rule apply as they would online.
  // Without one, a saved page's relative links resolve against the address it names as its own.
  const pageUrl = address === undefined ? pathToFileURL(resolve(target.path)).href : canonicalizeUrl(address);
  const html = await readSavedPage(target.path, services.config.fetchMaxHtmlBytes);
  const extracted = extractArticle(html, pageUrl, { bounds: services.extractBounds });
  return {
    ...extracted,
    summary: await services.summarizer.summarize(extracted, sentences),
    similar: [],
    requestedUrl: pageUrl,
    fetchedAt: new Date().toISOString(),
  };
}
