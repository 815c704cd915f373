import { Events } from 'discord.js';
import type { BotEvent } from '../discord/types.js';

/** The gateway closed and discord.js will not reconnect (a bad token, disallowed intents): the bot is offline. */
export const event: BotEvent<Events.ShardDisconnect> = {
  name: Events.ShardDisconnect,
  execute(context, closeEvent, shardId) {
    context.services.logger.error('gateway closed for good; the bot is offline', {
      shard_id: shardId,
      code: closeEvent.code,
    });
  },
};

export const { name, once, execute } = event;
