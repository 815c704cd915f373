import { DiscordAPIError, type REST } from '@discordjs/rest';
import { type APIChannel, type APIMessage, type APIThreadChannel, Routes } from 'discord.js';
import type { SentMessage } from './types.js';

/** A forum post takes at most 5 tags (DOCS channel.mdx "Start Thread in Forum or Media Channel", `applied_tags`). */
export const MAX_APPLIED_TAGS = 5;

interface ForumTag {
  id: string;
  name: string;
}

/** The forum's tags whose names match the item's categories (case-insensitive), in the forum's order, at most 5. */
export function matchingTags(available: ForumTag[], categories: string[] = []): string[] {
  const wanted = new Set(categories.map((category) => category.trim().toLowerCase()));
  return available
    .filter((tag) => wanted.has(tag.name.trim().toLowerCase()))
    .slice(0, MAX_APPLIED_TAGS)
    .map((tag) => tag.id);
}

/** The forum channel as Discord has it now: its guild (for the thread list) and its tags. */
export async function forumOf(rest: REST, forumId: string): Promise<{ guildId: string; tags: ForumTag[] }> {
  const channel = (await rest.get(Routes.channel(forumId))) as APIChannel & {
    guild_id?: string;
    available_tags?: ForumTag[];
  };
  return { guildId: channel.guild_id ?? '', tags: channel.available_tags ?? [] };
}

/**
 * The forum posts (threads) created in the forum from `afterId` on, each as its first message, the
 * post itself, with the thread's id. A forum post has no nonce, so a replay finds an earlier copy
 * here: among the guild's active threads (DOCS guild.mdx "List Active Guild Threads"); a forum
 * post's first message has the thread's id (DOCS topics/threads.mdx "Forums").
 */
export async function recentForumPosts(
  rest: REST,
  forumId: string,
  limit: number,
  afterId: string,
): Promise<SentMessage[]> {
  const { guildId } = await forumOf(rest, forumId);
  const { threads } = (await rest.get(Routes.guildActiveThreads(guildId))) as { threads: APIThreadChannel[] };
  const recent = threads
    .filter((thread) => thread.parent_id === forumId && BigInt(thread.id) > BigInt(afterId))
    .slice(0, limit);
  const posts: SentMessage[] = [];
  for (const thread of recent) {
    try {
      const first = (await rest.get(Routes.channelMessage(thread.id, thread.id))) as APIMessage;
      posts.push({ id: thread.id, content: first.content, embeds: first.embeds });
    } catch (error) {
      // Its first message was deleted: that post cannot be the one looked for.
      if (!(error instanceof DiscordAPIError && error.status === 404)) throw error;
    }
  }
  return posts;
}
