import { DiscordAPIError, type REST } from '@discordjs/rest';
import { type APIChannel, type APIMessage, ChannelType, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { MessageEmbeds } from './types.js';

const isUnknownMessage = (error: unknown) =>
  error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage;

/**
 * Read a post the bot made in a channel, wherever it is: in the channel, or, in a forum, as the
 * first message of the post's thread, which has the post's id (DOCS topics/threads.mdx "Forums").
 * The forum is only asked for after the channel did not have it, so a text channel costs one read.
 */
export async function locateMessage(rest: REST, channelId: string, messageId: string): Promise<MessageEmbeds> {
  let message: APIMessage;
  try {
    message = (await rest.get(Routes.channelMessage(channelId, messageId))) as APIMessage;
  } catch (error) {
    if (!isUnknownMessage(error)) throw error;
    const channel = (await rest.get(Routes.channel(channelId))) as APIChannel;
    if (channel.type !== ChannelType.GuildForum) throw error;
    message = (await rest.get(Routes.channelMessage(messageId, messageId))) as APIMessage;
  }
  return {
    embeds: message.embeds ?? [],
    ...(message.channel_id !== channelId ? { channelId: message.channel_id } : {}),
    ...(message.webhook_id ? { webhookId: message.webhook_id } : {}),
  };
}
