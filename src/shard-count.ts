import { REST } from '@discordjs/rest';
import { type RESTGetAPIGatewayBotResult, Routes } from 'discord.js';
import type { Config } from './config.js';

/**
 * SHARD_COUNT as a number: `auto` asks GET /gateway/bot at DISCORD_API_URL (discord.js's own
 * fetchRecommendedShardCount always asks discord.com, which a proxy or a test fake is not).
 */
export async function resolveShardCount(
  config: Pick<Config, 'shardCount' | 'discordApiUrl' | 'discordToken'>,
): Promise<number> {
  if (config.shardCount !== 'auto') return config.shardCount;
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}
