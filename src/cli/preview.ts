import type { Article } from '../services/article.js';
import { parseUserUrl } from '../services/urls.js';
import { readArticle } from './article-input.js';
import { defineCommand } from './command.js';
import { CliUsageError, describeError, InputError } from './io.js';
import { articleSentences, SENTENCE_CHOICES } from './sentences.js';

/** `newsdesk preview`: the summary card as a person would read it in a terminal. */
export const previewCommand = defineCommand({
  summary: 'the summary, as a person would read it',
  usage: [`newsdesk preview [--sentences ${SENTENCE_CHOICES}] [--url URL] <url|file>`],
  options: { sentences: { type: 'string' }, url: { type: 'string' } },
  async run({ values, positionals }, services, io) {
    const [input] = positionals;
    if (input === undefined || positionals.length > 1)
      throw new CliUsageError('preview takes one web address or file.');
    const sentences = articleSentences(values.sentences);
    if (values.url !== undefined) checkAddress(values.url);
    try {
      io.stdout(`${formatPreview(await readArticle({ input, address: values.url, sentences }, services))}\n`);
      return 0;
    } catch (error) {
      if (error instanceof CliUsageError) throw error;
      // A file's own errors already name it ("No such file: x"); a page's failure is about that address.
      io.stderr(`newsdesk: ${error instanceof InputError ? error.message : `${input}: ${describeError(error)}`}\n`);
      return 1;
    }
  },
});

/** A bad --url is a mistake in the command line (exit 2 with the usage), not a failure to read the page. */
function checkAddress(address: string): void {
  try {
    parseUserUrl(address);
  } catch {
    throw new CliUsageError(`--url takes a web address (got "${address}").`);
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
