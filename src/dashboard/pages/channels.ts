import type { REST } from '@discordjs/rest';
import { type APIChannel, ChannelType, Routes } from 'discord.js';

/** A channel a subscription can post to. */
export interface PostChannel {
  id: string;
  name: string;
}

const POSTABLE = new Set<number>([ChannelType.GuildText, ChannelType.GuildAnnouncement]);

/** The server's text and announcement channels, in Discord's order, as Discord has them now. */
export async function postChannels(rest: REST, guildId: string): Promise<PostChannel[]> {
  const channels = (await rest.get(Routes.guildChannels(guildId))) as APIChannel[];
  return channels
    .filter((channel) => POSTABLE.has(channel.type))
    .sort((a, b) => ('position' in a ? a.position : 0) - ('position' in b ? b.position : 0))
    .map((channel) => ({ id: channel.id, name: channel.name ?? channel.id }));
}
