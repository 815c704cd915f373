import type { Article } from '../article.js';
import type { ArticleService } from '../article-service.js';

/** One link's outcome: the article, or why it could not be read (a FailureError, or a bug). */
export type LinkResult = { url: string; article: Article } | { url: string; error: unknown };

/** Read several links at once (each single-flight and cached by the service); one failure does not sink the others. */
export async function readArticles(
  articles: Pick<ArticleService, 'get'>,
  urls: readonly string[],
  sentences?: number,
): Promise<LinkResult[]> {
  return Promise.all(
    urls.map((url) =>
      articles.get({ url, sentences }).then(
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
