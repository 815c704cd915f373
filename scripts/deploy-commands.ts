import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig, secretValues } from '../src/config.js';
import { loadCommands } from '../src/discord/loader.js';
import { createLogger } from '../src/services/logger.js';

/**
 * `npm run deploy-commands`: the only code that registers commands. With DISCORD_GUILD_ID set it
 * registers them in that server (instant, for development), else globally.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  const missing = [!config.discordToken && 'DISCORD_TOKEN', !config.discordClientId && 'DISCORD_CLIENT_ID'].filter(
    Boolean,
  );
  if (missing.length > 0) {
    console.error(`Set ${missing.join(' and ')} in .env first (see README "Setting up the Discord application").`);
    return 1;
  }
  const body = [...(await loadCommands(logger)).values()].map((command) => command.data.toJSON());
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const registered = (await rest.put(route, { body })) as unknown[];
  console.log(
    `Registered ${registered.length} commands ${config.discordGuildId ? `in server ${config.discordGuildId}` : 'globally (may take up to an hour to appear)'}.`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : `Could not register commands: ${(error as Error).message}`,
    );
    process.exitCode = 1;
  },
);
