import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Routes } from 'discord.js';
import { startTestBot, type TestBot } from '../bot.js';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from '../fake-discord/index.js';
import { type FeedSite, startFeedSite } from './feed-site.js';

/** The real bot with /feed registered, a fake Discord and a feed site; the test drives the scheduler's ticks. */
export interface FeedBotWorld {
  fake: FakeDiscord;
  /** Serves generated feeds and the fixture site's pages. */
  site: FeedSite;
  /** The running bot (a new one after `restart`). */
  readonly bot: TestBot;
  /** Stop the bot and start a new one over the same store, as a redeploy would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Start the loopback world for /feed tests. `storeUrl` defaults to a SQLite file of its own, removed
 * on close. Pass another world's `site` to make a second server that reads the same feeds (it is
 * then left open on close). The cron heartbeat is stopped at every start (`manualTicks`), so posts happen only when
 * the test calls `bot.scheduler.tick()`.
 */
export async function startFeedBotWorld(
  options: { storeUrl?: string; site?: FeedSite; env?: Record<string, string>; discord?: FakeDiscordOptions } = {},
): Promise<FeedBotWorld> {
  const dir = options.storeUrl ? undefined : mkdtempSync(join(tmpdir(), 'newsdesk-feed-bot-'));
  const storeUrl = options.storeUrl ?? `sqlite://${join(dir!, 'state.sqlite')}`;
  const site = options.site ?? (await startFeedSite());
  const fake = await startFakeDiscord(options.discord);
  // The fake's CDN (files attached to commands) is on its port too.
  const cdn = { port: Number(new URL(fake.apiBase).port) };
  const start = () =>
    startTestBot({
      fake,
      sites: [site.server, cdn],
      env: { STORE_URL: storeUrl, ...options.env },
      manualTicks: true,
    });
  let bot = await start();
  // Registered once, as deploy-commands would; the fake keeps them across bot restarts.
  await bot.client.rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), {
    body: [...bot.context.commands.values()].map((command) => command.data.toJSON()),
  });
  return {
    fake,
    site,
    get bot() {
      return bot;
    },
    async restart() {
      await bot.stop();
      bot = await start();
    },
    async close() {
      await bot.stop();
      await fake.close();
      if (!options.site) await site.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The usual start of a feed test: one fresh item on the generated feed `desk`, then an admin's
 * `/feed add` of that feed into #news; resolves with the bot's answer.
 */
export async function adminFollowsDesk(fake: FakeDiscord, site: FeedSite) {
  site.publish('desk', { id: 'one', published: new Date(Date.now() - 10 * 60_000) });
  return fake
    .slashCommand(
      'feed add',
      { url: `${site.url}/gen/desk.xml`, channel: fake.channels.news },
      { user: fake.users.admin },
    )
    .reply();
}
