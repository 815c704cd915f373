import { fileURLToPath } from 'node:url';
import { startBot } from '../bot.js';
import type { Config } from '../config.js';
import { startRestProxy } from '../rest-proxy.js';
import type { Logger } from '../services/logger.js';
import { startShards } from '../shard-manager.js';
import { startWorker } from '../worker.js';

/**
 * The processes one build can run (README "Deployment"):
 * - `all`: `npm start`, gateway and feed scheduler in one process;
 * - `gateway`: `npm run start:gateway`, the ShardingManager, which runs one `shard` process per shard;
 * - `shard`: one gateway shard, interactions and shared links only (started by `gateway`);
 * - `worker`: `npm run start:worker`, the feed scheduler over REST, no gateway;
 * - `rest-proxy`: `npm run start:rest-proxy`, one REST rate-limit queue for all of them.
 */
export type Role = 'all' | 'gateway' | 'shard' | 'worker' | 'rest-proxy';

/** A started role: it finishes its work in hand and closes what it holds when stopped. */
export interface RunningRole {
  stop(): Promise<void>;
}

const SHARD_ENTRY = fileURLToPath(new URL('./shard.js', import.meta.url));

const ROLES: Record<Role, (config: Config, logger: Logger) => Promise<RunningRole>> = {
  all: (config, logger) => startBot(config, logger),
  gateway: (config, logger) => startShards(config, logger, SHARD_ENTRY),
  shard: (config, logger) => startBot(config, logger, { pollFeeds: false }),
  worker: (config, logger) => startWorker(config, logger),
  'rest-proxy': (config, logger) => startRestProxy(config, logger),
};

/** Start the processes's role. */
export function startRole(role: Role, config: Config, logger: Logger): Promise<RunningRole> {
  return ROLES[role](config, logger);
}

/** Whether a role talks to Discord with the bot token (the REST proxy only forwards others' requests). */
export function needsToken(role: Role): boolean {
  return role !== 'rest-proxy';
}
