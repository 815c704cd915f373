import type { Article } from '../article.js';
import type { Language } from './languages.js';
import { languageOf } from './languages.js';

/**
 * The URL of the article's own version in `language` (an hreflang alternate), unless the article
 * is already in that language or lists no such version.
 */
export function alternateIn(article: Article, language: Language): string | undefined {
  if (languageOf(article.lang) === language) return undefined;
  return article.alternates.find((alternate) => languageOf(alternate.lang) === language)?.url;
}

/**
 * The article's version in `language` when it lists one and `read` can read it; else the article
 * itself: a broken alternate must never cost the member their card.
 */
export async function versionIn(
  article: Article,
  language: Language,
  read: (url: string) => Promise<Article>,
): Promise<Article> {
  const url = alternateIn(article, language);
  if (!url) return article;
  return read(url).catch(() => article);
}
