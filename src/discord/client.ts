import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';

/**
 * The gateway client. Message intents are asked for only when auto-summaries are switched on:
 * Message Content is privileged, and asking for it without enabling it in the portal makes
 * Discord refuse the login (close code 4014).
 */
export function createClient(config: Config): Client {
  const intents = [GatewayIntentBits.Guilds];
  if (config.enableMessageContent) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel],
    // Nothing the bot sends may ping anyone, whatever a page's title says.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: config.discordApiUrl },
  });
}
