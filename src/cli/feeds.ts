import type { Services } from '../create-services.js';
import { exportSubscriptions } from '../services/feeds/manage/export-subscriptions.js';
import { importSubscriptions } from '../services/feeds/manage/import-subscriptions.js';
import { readOpml } from '../services/feeds/opml/read-opml.js';
import { defineCommand } from './command.js';
import { CliUsageError, describeError } from './io.js';
import { readLocalFile } from './local-file.js';

const SNOWFLAKE = /^\d{17,20}$/;

function snowflake(value: string | undefined, flag: string): string {
  if (!value || !SNOWFLAKE.test(value)) throw new CliUsageError(`--${flag} takes a Discord id (17–20 digits)`);
  return value;
}

/**
 * `newsdesk feeds export|import`: a server's subscriptions as OPML, for the operator (the same
 * files as /feed export and /feed import, on the bot's own store).
 */
export const feedsCommand = defineCommand({
  summary: "export or import a server's feed subscriptions as OPML (on the bot's store, STORE_URL)",
  usage: [
    'newsdesk feeds export --guild ID            (OPML on stdout)',
    'newsdesk feeds import --guild ID --channel ID FILE.opml',
  ],
  options: { guild: { type: 'string' }, channel: { type: 'string' } },
  store: 'configured',
  async run({ values, positionals }, services, io) {
    const [action, file, ...extra] = positionals;
    const guildId = snowflake(values.guild, 'guild');
    if (action === 'export' && file === undefined) {
      const subscriptions = await services.subscriptions.inGuild(guildId);
      io.stdout(exportSubscriptions(guildId, subscriptions, Date.now()));
      return 0;
    }
    if (action === 'import' && file !== undefined && extra.length === 0)
      return importFile(services, guildId, snowflake(values.channel, 'channel'), file, io);
    throw new CliUsageError('say export, or import with one OPML file');
  },
});

async function importFile(
  services: Services,
  guildId: string,
  channelId: string,
  file: string,
  io: { stdout(text: string): void; stderr(text: string): void },
): Promise<number> {
  let feeds: ReturnType<typeof readOpml>;
  try {
    feeds = readOpml((await readLocalFile(file, services.config.fetchMaxFeedBytes)).toString('utf8'));
  } catch (error) {
    io.stderr(`newsdesk: ${file}: ${describeError(error)}\n`);
    return 1;
  }
  const now = Date.now();
  // The operator names the channel; without Discord at hand, roles named in the file are not kept.
  const outcomes = await importSubscriptions(services, feeds.feeds, {
    guildId,
    channelId,
    fallbackChannelId: channelId,
    channels: new Set([channelId]),
    roles: new Set(),
    userId: 'cli',
    now,
    stopAt: Number.POSITIVE_INFINITY,
  });
  for (const result of outcomes) {
    const line =
      result.outcome === 'refused'
        ? `refused     ${result.feed.xmlUrl}: ${result.reason}`
        : `${result.outcome.padEnd(11)} ${result.feed.xmlUrl}`;
    io.stdout(`${line}\n`);
  }
  if (feeds.more > 0) io.stdout(`(${feeds.more} more outlines past the limit were not read)\n`);
  return outcomes.some((result) => result.outcome === 'refused') ? 1 : 0;
}
