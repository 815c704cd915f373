import { FailureError } from '../../errors.js';
import type { Fetcher } from '../../fetcher/index.js';

/**
 * Where Discord serves attachments: its CDN and media proxy (DOCS reference.mdx "Image Formatting",
 * base URL https://cdn.discordapp.com; "Signed Attachment CDN URLs").
 */
const DISCORD_FILE_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);

/** A file a member attached to a command, as Discord described it in the interaction. */
export interface CommandAttachment {
  url: string;
  size: number;
}

/**
 * Whether an attachment URL is one of Discord's file hosts (https only), or on the origin of the
 * operator's DISCORD_API_URL (a proxy in front of Discord, or the loopback fake in tests). Anything
 * else is refused before any connection: the URL arrives in an interaction payload, and the bot
 * must not become a way to make it fetch an address of someone's choosing.
 */
export function isDiscordFileUrl(url: string, discordApiUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:' && DISCORD_FILE_HOSTS.has(parsed.hostname)) return true;
  return parsed.origin === new URL(discordApiUrl).origin;
}

/**
 * The text of an attached OPML file: its declared size checked against the feed cap first, then
 * downloaded through the safe fetcher like a feed (address policy at connect time, deadline, the
 * same byte cap after decompression, charset detection), so a file is never trusted more than a feed.
 */
export async function downloadOpml(
  fetcher: Fetcher,
  attachment: CommandAttachment,
  limits: { maxBytes: number; discordApiUrl: string },
): Promise<string> {
  if (!isDiscordFileUrl(attachment.url, limits.discordApiUrl))
    throw new FailureError('blocked-address', 'the attachment is not on a Discord file host');
  if (attachment.size > limits.maxBytes) throw new FailureError('too-large', 'the attachment is over the feed cap');
  return (await fetcher.fetch({ url: attachment.url, kind: 'feed' })).text;
}
