import type { Services } from '../create-services.js';
import { readArticle } from './article-input.js';
import { type BatchInput, checkInputSource, runBatch, stdinFileInputs } from './batch.js';
import { defineCommand } from './command.js';
import { CliUsageError, readStdinLines } from './io.js';

/** What `extract` prints of an article, in this order (the README lists the same fields). */
const PRINTED_FIELDS = [
  'url',
  'title',
  'siteName',
  'byline',
  'publishedAt',
  'section',
  'lang',
  'image',
  'readingMinutes',
  'text',
  'source',
  'related',
  'alternates',
] as const;

/** `newsdesk extract --jsonl`: one JSON object per input; failures are lines too. */
export const extractCommand = defineCommand({
  summary: 'one JSON object per page',
  usage: ['newsdesk extract --jsonl <url|file>...', 'newsdesk extract --jsonl --stdin   (lines {"file", "url"?})'],
  options: { jsonl: { type: 'boolean' }, stdin: { type: 'boolean' } },
  async run({ values, positionals }, services, io) {
    if (!values.jsonl) throw new CliUsageError('extract prints JSON lines: give --jsonl.');
    checkInputSource(values.stdin, positionals);
    const inputs = values.stdin
      ? stdinFileInputs(await readStdinLines(), 'url', (file, url) => articleInput(file, url, services))
      : positionals.map((input) => articleInput(input, undefined, services));
    return runBatch(inputs, io);
  },
});

/** One page to extract: a web address, or a saved file with the address it came from. */
function articleInput(input: string, address: string | undefined, services: Services): BatchInput {
  return {
    input,
    read: async () => {
      const article = await readArticle({ input, address }, services);
      return Object.fromEntries(PRINTED_FIELDS.map((name) => [name, article[name]]));
    },
  };
}
