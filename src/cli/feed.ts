import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Services } from '../create-services.js';
import { FailureError } from '../services/errors.js';
import type { ParsedFeed } from '../services/feeds/parse/index.js';
import { newestFirst } from '../services/feeds/schedule/decide-items.js';
import { clamp } from '../services/format/escape.js';
import { type CliIo, CliUsageError, describeError, readStdinLines } from './io.js';

const USAGE =
  'Usage: newsdesk feed <site page or feed URL>\n       newsdesk feed --jsonl [--base URL] FILE... | --jsonl --stdin';
/** Items printed for a person; the JSON lines carry them all. */
const SHOWN_ITEMS = 10;

/**
 * `newsdesk feed`: what a subscription would see. With a URL, discovers and fetches the feed the way
 * `/feed add` does and prints its newest items; with `--jsonl`, parses local files into one JSON
 * line per input (items in feed order). Same parsing path as the scheduler.
 */
export async function feedCommand(args: string[], services: Services, io: CliIo): Promise<number> {
  if (!args.includes('--jsonl')) {
    if (args.length !== 1 || args[0]!.startsWith('--')) throw new CliUsageError(USAGE);
    return printFeed(args[0]!, services, io);
  }
  const inputs = await jsonlInputs(args);
  let failed = false;
  for (const { file, baseUrl } of inputs) {
    try {
      const feed = await parseFile(file, baseUrl, services);
      io.stdout(
        JSON.stringify({
          input: file,
          feed: { title: feed.title, link: feed.link },
          items: feed.items.map(({ id, title, link, published, summary, author }) => ({
            id,
            title,
            link,
            published,
            summary,
            author,
          })),
        }) + '\n',
      );
    } catch (error) {
      failed = true;
      io.stdout(JSON.stringify({ input: file, error: describeError(error) }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

async function jsonlInputs(args: string[]): Promise<{ file: string; baseUrl?: string }[]> {
  if (args.includes('--stdin')) {
    return (await readStdinLines()).map((line) => {
      let parsed: { file?: unknown; baseUrl?: unknown };
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        throw new CliUsageError(`Not a JSON line: ${line.slice(0, 80)}`);
      }
      if (typeof parsed.file !== 'string') throw new CliUsageError('Each stdin line needs a "file".');
      return { file: parsed.file, baseUrl: typeof parsed.baseUrl === 'string' ? parsed.baseUrl : undefined };
    });
  }
  const rest = args.filter((arg) => arg !== '--jsonl');
  const baseIndex = rest.indexOf('--base');
  const baseUrl = baseIndex >= 0 ? rest[baseIndex + 1] : undefined;
  if (baseIndex >= 0 && !baseUrl) throw new CliUsageError(USAGE);
  const files = rest.filter((_, index) => baseIndex < 0 || (index !== baseIndex && index !== baseIndex + 1));
  if (files.length === 0) throw new CliUsageError(USAGE);
  return files.map((file) => ({ file, baseUrl }));
}

/** A local feed file through the same parser, capped like a fetched feed (FETCH_MAX_FEED_BYTES). */
async function parseFile(file: string, baseUrl: string | undefined, services: Services): Promise<ParsedFeed> {
  const path = resolve(file);
  const limit = services.config.fetchMaxFeedBytes;
  if ((await stat(path)).size > limit) throw new FailureError('too-large', `Feed file larger than ${limit} bytes`);
  return services.feeds.parse(await readFile(path), baseUrl ?? pathToFileURL(path).href, null);
}

function firstLine(text: string): string {
  return clamp((text.split(/\n/).find((part) => part.trim()) ?? '').trim(), 160);
}

async function printFeed(input: string, services: Services, io: CliIo): Promise<number> {
  let fetched;
  try {
    fetched = await services.feeds.discover(input);
  } catch (error) {
    io.stderr(`newsdesk: ${describeError(error)}\n`);
    return 1;
  }
  const { feed, url } = fetched;
  const lines = [
    feed.title || '(untitled feed)',
    `${url} · ${feed.format} · ${feed.items.length} items${feed.link ? ` · site ${feed.link}` : ''}`,
    '',
  ];
  newestFirst(feed.items)
    .slice(0, SHOWN_ITEMS)
    .forEach((item, index) => {
      lines.push(`${index + 1}. ${item.title || '(no title)'}`);
      lines.push(`   id:        ${item.id}`);
      lines.push(`   link:      ${item.link ?? '-'}`);
      lines.push(`   published: ${item.published ?? '-'}`);
      lines.push(`   author:    ${item.author ?? '-'}`);
      if (item.summary) lines.push(`   ${firstLine(item.summary)}`);
      lines.push('');
    });
  io.stdout(lines.join('\n'));
  return 0;
}
