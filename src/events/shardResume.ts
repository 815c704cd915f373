import { Events } from 'discord.js';
import type { BotEvent } from '../discord/types.js';

/** The old session was resumed: events missed while away were replayed, nothing was lost. */
export const event: BotEvent<Events.ShardResume> = {
  name: Events.ShardResume,
  execute(context, shardId, replayedEvents) {
    context.services.logger.info('gateway session resumed', { shard_id: shardId, replayed_events: replayedEvents });
  },
};

export const { name, once, execute } = event;
