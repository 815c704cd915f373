import { Events } from 'discord.js';
import type { BotEvent } from '../discord/types.js';

/** The gateway asked us to reconnect (op 7), dropped the socket, or invalidated the session: discord.js reconnects. */
export const event: BotEvent<Events.ShardReconnecting> = {
  name: Events.ShardReconnecting,
  execute(context, shardId) {
    context.services.logger.info('gateway reconnecting', { shard_id: shardId });
  },
};

export const { name, once, execute } = event;
