import { Events } from 'discord.js';
import type { BotEvent } from '../discord/types.js';

/**
 * A shard has a new session: at login, or after Discord refused to resume the old one (op 9 with
 * `d: false`), when events sent in between are gone.
 */
export const event: BotEvent<Events.ShardReady> = {
  name: Events.ShardReady,
  execute(context, shardId, unavailableGuilds) {
    context.services.logger.info('gateway session started', {
      shard_id: shardId,
      unavailable_guilds: unavailableGuilds?.size ?? 0,
    });
  },
};

export const { name, once, execute } = event;
