import { DiscordAPIError, HTTPError, RateLimitError, REST } from '@discordjs/rest';
import { type APIEmbed, type APIMessage, Routes, SnowflakeUtil } from 'discord.js';

/** One channel message the scheduler sends. */
export interface ChannelPost {
  channelId: string;
  nonce: string;
  embeds: APIEmbed[];
  content?: string;
  /** Roles this post may ping; nobody else, whatever the text says. */
  mentionRoleIds?: string[];
}

/** The part of a channel message an amendment reads and rewrites. */
export interface MessageEmbeds {
  embeds: APIEmbed[];
}

/** A message the bot sent to a channel, as reading the channel shows it (without the nonce: Discord returns it only when creating). */
export interface SentMessage {
  id: string;
  content: string;
  embeds: APIEmbed[];
}

/** Sends scheduled posts; an interface so the scheduler can run against anything that confirms posts. */
export interface Poster {
  /** Resolves with the message id once Discord confirms; throws when it does not. */
  post(message: ChannelPost): Promise<{ id: string }>;
  /** Reads a message the bot posted; throws 404 (10008) when it is gone. */
  fetchMessage(channelId: string, messageId: string): Promise<MessageEmbeds>;
  /** Replaces the embeds of a message the bot posted; throws 404 (10008) when it is gone. */
  edit(channelId: string, messageId: string, body: MessageEmbeds): Promise<void>;
  /**
   * The bot's own plain posts (no interaction replies, webhook messages or replies) among `limit`
   * (1–100) channel messages: the newest ones, or with `sinceMs` the first ones created from then
   * on. Throws like `post` when the channel cannot be read.
   */
  recentMessages(channelId: string, limit: number, sinceMs?: number): Promise<SentMessage[]>;
}

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
  // Nothing a feed says may ping anyone (notes/security.md: cron posts parse every mention by default).
  const allowed_mentions = { parse: [] };
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
  return {
    async post(message) {
      const body = {
        content: message.content,
        embeds: message.embeds,
        nonce: message.nonce,
        enforce_nonce: true,
        // Only the subscription's own roles, for this post only (DOCS message.mdx "Allowed Mentions
        // Object": `parse` stays empty, so @everyone, @here and other mentions in the text are inert).
        allowed_mentions: message.mentionRoleIds?.length
          ? { parse: [], roles: message.mentionRoleIds }
          : allowed_mentions,
      };
      const created = (await rest.post(Routes.channelMessages(message.channelId), { body })) as { id: string };
      return { id: created.id };
    },
    async fetchMessage(channelId, messageId) {
      const message = (await rest.get(Routes.channelMessage(channelId, messageId))) as { embeds?: APIEmbed[] };
      return { embeds: message.embeds ?? [] };
    },
    async edit(channelId, messageId, body) {
      // An edit re-parses mentions too (Discord's Edit Message takes allowed_mentions again).
      await rest.patch(Routes.channelMessage(channelId, messageId), {
        body: { embeds: body.embeds, allowed_mentions },
      });
    },
    async recentMessages(channelId, limit, sinceMs) {
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
 * The id just before any message created at `ms`: `after` takes an id and excludes it, and ids begin
 * with their creation time (DOCS reference.mdx "Snowflakes").
 */
function idBefore(ms: number): string {
  const sinceEpoch = BigInt(Math.floor(ms)) - SnowflakeUtil.epoch;
  return (sinceEpoch > 0n ? (sinceEpoch << 22n) - 1n : 0n).toString();
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
