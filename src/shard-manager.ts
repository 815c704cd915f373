import { once } from 'node:events';
import { ShardingManager } from 'discord.js';
import type { Config } from './config.js';
import type { Logger } from './services/logger.js';
import { resolveShardCount } from './shard-count.js';

/** How long one shard may take to connect before the start is given up. */
const SHARD_READY_TIMEOUT_MS = 60_000;

export interface RunningShards {
  /** Stop every shard process (each finishes its work in hand) and wait until they have exited. */
  stop(): Promise<void>;
}

/**
 * `npm run start:gateway`: discord.js's ShardingManager runs `shardFile` once per shard, each a
 * gateway process that answers interactions and shared links and polls no feeds (the worker does).
 */
export async function startShards(config: Config, logger: Logger, shardFile: string): Promise<RunningShards> {
  const totalShards = await resolveShardCount(config);
  const manager = new ShardingManager(shardFile, {
    token: config.discordToken,
    totalShards,
    mode: 'process',
    respawn: true,
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    logger.info('shard started', { shard_id: shard.id, shards: totalShards });
    // Unasked, a shard's end is news (the manager starts it again); on stop it is the plan.
    shard.on('death', () => {
      if (stopping) logger.info('shard process ended', { shard_id: shard.id });
      else logger.warn('shard process ended; the manager starts it again', { shard_id: shard.id });
    });
  });
  await manager.spawn({ amount: totalShards, timeout: SHARD_READY_TIMEOUT_MS });
  logger.info('ready', { role: 'gateway', shards: totalShards });
  return {
    async stop() {
      // A shard stopped on purpose is not started again.
      stopping = true;
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }),
      );
    },
  };
}
