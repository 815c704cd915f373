import type { Article } from '../article.js';
import type { ArticleService } from '../article-service.js';
import type { Language } from '../language/languages.js';
import { versionIn } from '../language/version-in.js';

/** One link's outcome: the article, or why it could not be read (a FailureError, or a bug). */
export type LinkResult = { url: string; article: Article } | { url: string; error: unknown };

/**
 * Read several links at once (each single-flight and cached by the service); one failure does not
 * sink the others. With a `language`, each article's version in it when the page lists one.
 */
export async function readArticles(
  articles: Pick<ArticleService, 'get'>,
  urls: readonly string[],
  sentences?: number,
  language?: Language,
): Promise<LinkResult[]> {
  const read = (url: string) => articles.get({ url, sentences });
  return Promise.all(
    urls.map((url) =>
      read(url)
        .then((article) => (language ? versionIn(article, language, read) : article))
        .then(
          (article) => ({ url, article }),
          (error: unknown) => ({ url, error }),
        ),
    ),
  );
}

/** The articles that were read, in link order. */
export function articlesOf(results: readonly LinkResult[]): Article[] {
  return results.flatMap((result) => ('article' in result ? [result.article] : []));
}
