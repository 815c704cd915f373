import { Events } from 'discord.js';
import { once } from 'node:events';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig, secretValues, type Config } from '../../src/config.js';
import { createLogger } from '../../src/services/logger.js';

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
    FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    FETCH_ALLOW_PORTS: (options.sites ?? []).map((site) => site.port).join(','),
    FETCH_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config), write: (line) => logs.push(line) });
  const bot = await startBot(config, logger);
  if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
  return { ...bot, config, logs };
}
