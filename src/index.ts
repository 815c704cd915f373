import { startBot } from './bot.js';
import { ConfigError, loadConfig, secretValues } from './config.js';
import { createLogger } from './services/logger.js';

/** `npm start`: the composition root. Config → logger → bot; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (!config.discordToken) {
    console.error(
      'DISCORD_TOKEN is not set: put your bot token in .env (copy .env.example); README "Setting up the Discord application" says where to find it.',
    );
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  const bot = await startBot(config, logger);
  const stop = () => {
    logger.info('shutting down');
    bot.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`newsdesk could not start: ${message}`);
  process.exit(1);
});
