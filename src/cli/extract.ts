import type { Services } from '../create-services.js';
import { type CliIo, CliUsageError, describeError, readArticle } from './io.js';

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

/** `newsdesk extract --jsonl <url|file>...`: one JSON object per input; failures are lines too. */
export async function extractCommand(args: string[], services: Services, io: CliIo): Promise<number> {
  const inputs = args.filter((arg) => arg !== '--jsonl');
  if (!args.includes('--jsonl') || inputs.length === 0)
    throw new CliUsageError('Usage: newsdesk extract --jsonl <url|file>...');
  let failed = false;
  for (const input of inputs) {
    try {
      const article = await readArticle(input, services);
      const fields = Object.fromEntries(PRINTED_FIELDS.map((name) => [name, article[name]]));
      io.stdout(`${JSON.stringify({ input, ...fields })}\n`);
    } catch (error) {
      failed = true;
      io.stdout(JSON.stringify({ input, error: describeError(error) }) + '\n');
    }
  }
  return failed ? 1 : 0;
}
