import { once } from 'node:events';
import { Events } from 'discord.js';
import { type RunningBot, startBot } from '../../src/bot.js';
import { type Config, loadConfig, secretValues } from '../../src/config.js';
import { createLogger } from '../../src/services/logger.js';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from './fake-discord/index.js';
import { loopbackEnv, startFixtureSite, type TestServer } from './http-server.js';

export interface TestBot extends RunningBot {
  config: Config;
  /** Every log line the bot wrote (JSON), for asserting what is and is not logged. */
  logs: string[];
}

export interface TestBotOptions {
  /** The fake Discord to log in to. */
  fake: { apiBase: string; token: string };
  /** Loopback web servers the bot may fetch from (their ports are allowed, 127.0.0.1 is let through). */
  sites?: { port: number }[];
  /** Extra environment, as a user would set in .env. */
  env?: Record<string, string>;
  /**
   * Stop the scheduler's cron heartbeat as soon as the bot has started, before any beat can fire,
   * so nothing is checked behind the test's back; the test runs `bot.scheduler.tick()` itself.
   */
  manualTicks?: boolean;
  /** The dashboard's clock (default Date.now), to expire sign-in links without waiting. */
  dashboardNow?: () => number;
}

/**
 * Start the real bot in-process against a fake Discord, configured the way an operator would
 * (through loadConfig), and wait until the client is ready.
 */
export async function startTestBot(options: TestBotOptions): Promise<TestBot> {
  const config = loadConfig({
    DISCORD_TOKEN: options.fake.token,
    DISCORD_API_URL: options.fake.apiBase,
    STORE_URL: 'memory://',
    ...loopbackEnv(...(options.sites ?? []).map((site) => site.port)),
    FETCH_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger({
    level: config.logLevel,
    secrets: secretValues(config),
    write: (line) => logs.push(line),
  });
  const bot = await startBot(config, logger, { dashboardNow: options.dashboardNow });
  // startBot returns right after starting the cron task, so no beat (a timer) can run before this.
  if (options.manualTicks) await bot.scheduler.stopHeartbeat();
  if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
  return { ...bot, config, logs };
}

/** A fake Discord, the fixture site and the bot logged in to them, torn down together. */
export interface BotWorld {
  fake: FakeDiscord;
  site: TestServer;
  bot: TestBot;
  /** An absolute link to a path on the fixture site. */
  link(page: string): string;
  close(): Promise<void>;
}

/** Start the whole loopback world a Discord feature test needs. */
export async function startBotWorld(
  options: { fake?: FakeDiscordOptions; env?: Record<string, string>; dashboardNow?: () => number } = {},
): Promise<BotWorld> {
  const site = await startFixtureSite();
  const fake = await startFakeDiscord(options.fake);
  const bot = await startTestBot({ fake, sites: [site], env: options.env, dashboardNow: options.dashboardNow });
  return {
    fake,
    site,
    bot,
    link: (page) => `${site.url}${page}`,
    async close() {
      await bot.stop();
      await fake.close();
      await site.close();
    },
  };
}
