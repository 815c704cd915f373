import type { APIEmbed } from 'discord.js';
import type { Logger } from '../../../logger.js';
import type { OutboxEntry } from '../../state/types.js';
import { isPermanentPostError, type Poster, type SentMessage } from './rest-poster.js';

/**
 * How long after an entry's first send its nonce is trusted to make a re-send return the first
 * message. Discord keeps nonces "in the past few minutes" (DOCS message.mdx:1092); two is well inside.
 */
export const NONCE_TRUST_MS = 2 * 60_000;
/** How far the bot's clock may be ahead of Discord's when dating the first send. */
export const CLOCK_SKEW_MS = 60_000;
/** Messages read to find the earlier post: it was made right after the first send, so the first page after it holds it. */
export const LOOKUP_LIMIT = 50;

/** The part of a post that says which post it is; text is compared trimmed, as Discord may trim it. */
function identity(content: string | undefined, embeds: APIEmbed[]): string {
  const text = (value: string | undefined) => (value ?? '').replace(/\r\n?/g, '\n').trim();
  const url = (value: string | undefined) => {
    if (!value) return '';
    try {
      return new URL(value).href; // Discord may return the URL percent-encoded.
    } catch {
      return value;
    }
  };
  // Fields and footer are left out: an "Also covered by" amendment may have grown them since.
  const [card] = embeds;
  return JSON.stringify([text(content), card ? [url(card.url), text(card.title), text(card.description)] : null]);
}

/**
 * Whether `message` shows the entry's post: the same text, and the same first embed by link, title
 * and description. For a card that is its article; for a digest, its listed items; for a notice, its text.
 */
export function isSamePost(entry: Pick<OutboxEntry, 'content' | 'embeds'>, message: SentMessage): boolean {
  return identity(entry.content, entry.embeds) === identity(message.content, message.embeds);
}

/** Whether the entry's nonce may have expired: its first send is older than NONCE_TRUST_MS. */
export function nonceMayHaveExpired(entry: Pick<OutboxEntry, 'firstAttemptAt'>, now: number): boolean {
  return entry.firstAttemptAt !== undefined && now - entry.firstAttemptAt >= NONCE_TRUST_MS;
}

/**
 * Whether Discord dedupes a re-send of this target by its nonce. Execute Webhook has no nonce (DOCS
 * webhook.mdx "Execute Webhook"), nor does a forum post (DOCS channel.mdx "Start Thread in Forum or
 * Media Channel"): those re-sends rely on the look-up alone.
 */
export function sentWithNonce(target: OutboxEntry['target']): boolean {
  return !target?.webhook && target?.kind !== 'forum';
}

/**
 * The id of a message an earlier send of this entry already made (a crash came between Discord's
 * confirmation and the mark), or null. Asked for a nonce post only when its nonce may have expired
 * (younger ones rely on the nonce alone); for a webhook or forum post on every `resend`.
 */
export async function findEarlierPost(
  poster: Poster,
  entry: OutboxEntry,
  now: number,
  logger: Logger,
  resend: boolean,
): Promise<string | null> {
  const { firstAttemptAt } = entry;
  if (firstAttemptAt === undefined) return null;
  if (sentWithNonce(entry.target) ? !nonceMayHaveExpired(entry, now) : !resend) return null;
  let messages: SentMessage[];
  try {
    const since = firstAttemptAt - CLOCK_SKEW_MS;
    messages = await poster.recentMessages(entry.channelId, LOOKUP_LIMIT, since, entry.target);
  } catch (error) {
    // Channel not readable (no access: 403, gone: 404): post anyway, since a lost post is worse than
    // a rare duplicate. A transient error throws, so the entry waits in the outbox for the next tick.
    if (!isPermanentPostError(error)) throw error;
    logger.warn('could not read the channel to look for an earlier copy; posting anyway', {
      channel_id: entry.channelId,
      nonce: entry.nonce,
      error,
    });
    return null;
  }
  // Without Read Message History Discord returns no messages (not an error): that too ends in posting.
  return messages.find((message) => isSamePost(entry, message))?.id ?? null;
}
