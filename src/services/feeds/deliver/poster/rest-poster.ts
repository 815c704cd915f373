import { DiscordAPIError, HTTPError, RateLimitError, REST } from '@discordjs/rest';
import { type APIMessage, Routes } from 'discord.js';
import { createChannelWebhooks } from './channel-webhooks.js';
import { followUp } from './follow-ups.js';
import { recentForumPosts } from './forum-posts.js';
import { locateMessage } from './locate-message.js';
import { allowedMentions, idBefore, sendPost, webhookMessages } from './send-post.js';
import type { ChannelPost, Poster } from './types.js';

export type { ChannelPost, MessageEmbeds, Poster, SentMessage } from './types.js';

export interface RestPosterOptions {
  /** Discord's REST base without the version (DISCORD_API_URL). */
  apiBase: string;
  token: string;
  /** Retries on 5xx and network errors (REST's own); default 3. */
  retries?: number;
  timeoutMs?: number;
  /** Handed the REST client once built, so its rate-limit events can be counted. */
  onRest?(rest: REST): void;
}

/**
 * Posting over `@discordjs/rest` alone, no gateway connection, so the scheduler can run in its own
 * process. 429s are waited out by REST itself; 5xx are retried by it, then thrown.
 */
export function createRestPoster(options: RestPosterOptions): Poster {
  const rest = new REST({
    api: options.apiBase,
    retries: options.retries ?? 3,
    timeout: options.timeoutMs ?? 15_000,
  }).setToken(options.token);
  options.onRest?.(rest);
  const allowed_mentions = allowedMentions(undefined);
  // Who "the bot" is, asked once; a failed ask is asked again next time.
  let self: Promise<string> | undefined;
  const selfId = () =>
    (self ??= (rest.get(Routes.user('@me')) as Promise<{ id: string }>).then(
      (user) => user.id,
      (error: unknown) => {
        self = undefined;
        throw error;
      },
    ));
  const webhooks = createChannelWebhooks(rest, selfId);
  const send = (message: ChannelPost) => sendPost(rest, webhooks, message, allowedMentions(message.mentionRoleIds));
  return {
    post: send,
    followUp: (message, messageId) => followUp(rest, message.channelId, messageId, message.target, message.title),
    fetchMessage: (channelId, messageId) => locateMessage(rest, channelId, messageId),
    async edit(channelId, messageId, body) {
      // An edit re-parses mentions too (Discord's Edit Message takes allowed_mentions again).
      const patch = { embeds: body.embeds, allowed_mentions };
      if (body.webhookId) return webhooks.edit(channelId, body.webhookId, messageId, patch, body.channelId);
      await rest.patch(Routes.channelMessage(body.channelId ?? channelId, messageId), { body: patch });
    },
    async recentMessages(channelId, limit, sinceMs, target) {
      if (target?.kind === 'forum') return recentForumPosts(rest, channelId, limit, idBefore(sinceMs ?? 0));
      if (target?.webhook) return webhookMessages(rest, webhooks, channelId, limit, sinceMs);
      const query = new URLSearchParams({ limit: String(limit) });
      if (sinceMs !== undefined) query.set('after', idBefore(sinceMs));
      const [me, messages] = await Promise.all([
        selfId(),
        rest.get(Routes.channelMessages(channelId), { query }) as Promise<APIMessage[]>,
      ]);
      // Interaction replies and webhook messages carry webhook_id (with the bot as author); replies come from other features.
      const own = messages.filter(
        (message) => message.author.id === me && !message.webhook_id && !message.message_reference,
      );
      return own.map((message) => ({ id: message.id, content: message.content, embeds: message.embeds }));
    },
  };
}

/**
 * Whether Discord refused a post for good (missing access, unknown channel, invalid body): retrying
 * cannot help. 429 and 5xx are not permanent: the post stays in the outbox.
 */
export function isPermanentPostError(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

/** Why Discord did not take a post, in words for `/feed log`: its refusal, its HTTP status, or no answer. */
export function describePostError(error: unknown): string {
  if (error instanceof DiscordAPIError) return `Discord refused the post (${error.status}: ${error.message})`;
  if (error instanceof RateLimitError) return 'Discord asked to slow down (rate limited)';
  if (error instanceof HTTPError) return `Discord answered ${error.status}`;
  return "Discord couldn't be reached";
}
