import type { REST } from '@discordjs/rest';
import { type APIMessage, type APIThreadChannel, Routes, SnowflakeUtil } from 'discord.js';
import { threadTitle } from '../thread-title.js';
import type { ChannelWebhooks } from './channel-webhooks.js';
import { forumOf, matchingTags } from './forum-posts.js';
import type { ChannelPost, SentMessage } from './types.js';

/**
 * Nothing a feed says may ping anyone (notes/security.md: cron posts parse every mention by default),
 * except the subscription's own roles, for this post only (DOCS message.mdx "Allowed Mentions
 * Object": `parse` stays empty, so @everyone, @here and other mentions in the text are inert).
 */
export function allowedMentions(roleIds: string[] | undefined) {
  return roleIds?.length ? { parse: [], roles: roleIds } : { parse: [] };
}

/** Post as the target says: a webhook execute, a forum post, or a channel message with its nonce. */
export async function sendPost(
  rest: REST,
  webhooks: ChannelWebhooks,
  message: ChannelPost,
  allowed_mentions: ReturnType<typeof allowedMentions>,
): Promise<{ id: string }> {
  const { target, channelId } = message;
  const card = { content: message.content, embeds: message.embeds, allowed_mentions };
  const forum = target?.kind === 'forum' ? await forumOf(rest, channelId) : undefined;
  const tags = forum ? matchingTags(forum.tags, message.categories) : [];
  const appliedTags = tags.length ? { applied_tags: tags } : {};
  if (target?.webhook) {
    // Execute Webhook takes no nonce (DOCS webhook.mdx "Execute Webhook"): a replay looks for the
    // earlier copy among the webhook's messages instead (earlier-post.ts). In a forum, `thread_name` opens the post.
    const body = {
      ...card,
      username: target.webhook.name,
      ...(target.webhook.avatarUrl ? { avatar_url: target.webhook.avatarUrl } : {}),
      ...(forum ? { thread_name: threadTitle(message.title), ...appliedTags } : {}),
    };
    return { id: (await webhooks.post(channelId, body)).id };
  }
  if (forum) {
    // A forum post is a thread with its first message (DOCS channel.mdx "Start Thread in Forum or Media Channel").
    const created = (await rest.post(Routes.threads(channelId), {
      body: { name: threadTitle(message.title), ...appliedTags, message: card },
    })) as APIThreadChannel;
    return { id: created.id };
  }
  const created = (await rest.post(Routes.channelMessages(channelId), {
    body: { ...card, nonce: message.nonce, enforce_nonce: true },
  })) as { id: string };
  return { id: created.id };
}

/** Messages the bot's webhook made in the channel (the copies a webhook replay looks among). */
export async function webhookMessages(
  rest: REST,
  webhooks: ChannelWebhooks,
  channelId: string,
  limit: number,
  sinceMs: number | undefined,
): Promise<SentMessage[]> {
  const hookId = await webhooks.idIn(channelId);
  if (!hookId) return [];
  const query = new URLSearchParams({ limit: String(limit) });
  if (sinceMs !== undefined) query.set('after', idBefore(sinceMs));
  const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
  return messages
    .filter((message) => message.webhook_id === hookId)
    .map((message) => ({ id: message.id, content: message.content, embeds: message.embeds }));
}

/**
 * The id just before any message created at `ms`: `after` takes an id and excludes it, and ids begin
 * with their creation time (DOCS reference.mdx "Snowflakes").
 */
export function idBefore(ms: number): string {
  const sinceEpoch = BigInt(Math.floor(ms)) - SnowflakeUtil.epoch;
  return (sinceEpoch > 0n ? (sinceEpoch << 22n) - 1n : 0n).toString();
}
