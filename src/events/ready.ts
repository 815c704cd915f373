import { Events } from 'discord.js';
import type { BotEvent } from '../discord/types.js';

/** Logs who we are once the gateway is ready. */
export const event: BotEvent<Events.ClientReady> = {
  name: Events.ClientReady,
  once: true,
  execute(context, client) {
    context.services.logger.info('ready', { user: client.user.tag, guilds: client.guilds.cache.size });
  },
};

export const { name, once, execute } = event;
