import { type Config, ConfigError, loadConfig, secretValues } from '../config.js';
import { createLogger } from '../services/logger.js';
import { needsToken, type Role, startRole } from './roles.js';

/**
 * The entry of every process: config → logger → the role; on SIGINT/SIGTERM the role finishes the
 * work in hand and closes what it holds, and the process exits 0.
 */
export async function runProcess(role: Role): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (needsToken(role) && !config.discordToken) {
    console.error(
      'DISCORD_TOKEN is not set: put your bot token in .env (copy .env.example); README "Setting up the Discord application" says where to find it.',
    );
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  const starting = startRole(role, config, logger);
  // Listening before the start ends: a SIGTERM during login waits for it, then stops as usual.
  const stop = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { role, signal });
    starting
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed', { role, error });
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await starting;
}

/** Run `role` as this process, or say in one line why it could not start. */
export function main(role: Role): void {
  runProcess(role).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`newsdesk could not start: ${message}`);
    process.exit(1);
  });
}
