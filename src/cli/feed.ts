import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Services } from '../create-services.js';
import type { ParsedFeed } from '../services/feeds/parse/index.js';
import { newestFirst } from '../services/feeds/schedule/decide-items.js';
import { clamp } from '../services/format/escape.js';
import { type BatchInput, checkInputSource, runBatch, stdinFileInputs } from './batch.js';
import { defineCommand } from './command.js';
import { classifyInput } from './input-kind.js';
import { type CliIo, CliUsageError, describeError, readStdinLines } from './io.js';
import { readLocalFile } from './local-file.js';

/** Items printed for a person; the JSON lines carry them all. */
const SHOWN_ITEMS = 10;

/**
 * `newsdesk feed`: what a subscription would see. With a URL, discovers and fetches the feed the way
 * `/feed add` does and prints its newest items; with `--jsonl`, one JSON line per input, a URL
 * (discovered and fetched the same way) or a local file (items in feed order). Same parsing path as the scheduler.
 */
export const feedCommand = defineCommand({
  summary: 'what a subscription would post',
  usage: [
    'newsdesk feed <site page or feed URL>',
    'newsdesk feed --jsonl [--base URL] <url|file>...',
    'newsdesk feed --jsonl --stdin   (lines {"file", "baseUrl"?})',
  ],
  options: { jsonl: { type: 'boolean' }, stdin: { type: 'boolean' }, base: { type: 'string' } },
  async run({ values, positionals }, services, io) {
    if (!values.jsonl) {
      if (values.stdin || values.base !== undefined) throw new CliUsageError('--stdin and --base go with --jsonl.');
      if (positionals.length !== 1) throw new CliUsageError('feed takes one site page or feed URL.');
      return printFeed(positionals[0]!, services, io);
    }
    checkInputSource(values.stdin, positionals);
    if (values.stdin && values.base !== undefined)
      throw new CliUsageError('With --stdin, each line gives its "baseUrl".');
    const inputs = values.stdin
      ? stdinFileInputs(await readStdinLines(), 'baseUrl', (file, baseUrl) => feedInput(file, baseUrl, services))
      : positionals.map((input) => feedInput(input, values.base, services));
    return runBatch(inputs, io);
  },
});

/** One feed to read: a URL (discovered and fetched as `/feed add` does) or a local file. */
function feedInput(input: string, baseUrl: string | undefined, services: Services): BatchInput {
  return {
    input,
    read: async () => {
      const target = classifyInput(input);
      const feed =
        target.kind === 'url'
          ? (await services.feeds.discover(target.url)).feed
          : await parseFile(target.path, baseUrl, services);
      return {
        feed: { title: feed.title, link: feed.link },
        items: feed.items.map(({ id, title, link, published, summary, author }) => ({
          id,
          title,
          link,
          published,
          summary,
          author,
        })),
      };
    },
  };
}

/** A local feed file through the same parser, capped like a fetched feed (FETCH_MAX_FEED_BYTES). */
async function parseFile(path: string, baseUrl: string | undefined, services: Services): Promise<ParsedFeed> {
  const body = await readLocalFile(path, services.config.fetchMaxFeedBytes);
  return services.feeds.parse(body, baseUrl ?? pathToFileURL(resolve(path)).href, null);
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
