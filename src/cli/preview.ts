import type { Services } from '../create-services.js';
import type { Article } from '../services/article.js';
import { type CliIo, CliUsageError, describeError, readArticle } from './io.js';

/** `newsdesk preview <url|file>`: the summary card as a person would read it in a terminal. */
export async function previewCommand(args: string[], services: Services, io: CliIo): Promise<number> {
  if (args.length !== 1) throw new CliUsageError('Usage: newsdesk preview <url|file>');
  const input = args[0]!;
  try {
    io.stdout(formatPreview(await readArticle(input, services)) + '\n');
    return 0;
  } catch (error) {
    io.stderr(`newsdesk: ${input}: ${describeError(error)}\n`);
    return 1;
  }
}

/** Plain-text rendering of an article card. */
export function formatPreview(article: Article): string {
  const facts = [
    article.siteName,
    article.section,
    article.publishedAt ? new Date(article.publishedAt).toDateString() : null,
    `${article.readingMinutes} min read`,
    article.byline ? `by ${article.byline}` : null,
  ].filter(Boolean);
  const lines = [article.title, facts.join(' · '), article.url, ''];
  for (const sentence of article.summary) lines.push(`  • ${sentence}`);
  if (article.source) lines.push('', `Original: ${article.source.name} — ${article.source.url}`);
  if (article.related.length > 0)
    lines.push('', 'Related:', ...article.related.map((link) => `  - ${link.title} — ${link.url}`));
  if (article.similar.length > 0)
    lines.push('', 'More from our index:', ...article.similar.map((link) => `  - ${link.title} — ${link.url}`));
  if (article.alternates.length > 0)
    lines.push('', `Other languages: ${article.alternates.map((alt) => `${alt.lang} ${alt.url}`).join(', ')}`);
  return lines.join('\n');
}
