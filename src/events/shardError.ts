import { Events } from 'discord.js';
import type { BotEvent } from '../discord/types.js';

/** A gateway connection failed (network, decoding); discord.js retries, the log says why. */
export const event: BotEvent<Events.ShardError> = {
  name: Events.ShardError,
  execute(context, error, shardId) {
    context.services.logger.warn('gateway connection error', { shard_id: shardId, error });
  },
};

export const { name, once, execute } = event;
