import { checkUrl, type UrlPolicyOptions } from '../../fetcher/index.js';
import type { FetchedFeed } from '../fetch/feed-service.js';
import type { PostTarget } from '../state/types.js';

/** What kind of channel a subscription posts in, as Discord's channel type says. */
export type ChannelKind = 'text' | 'announcement' | 'forum';

/** What a member asked for with `as`, `name`, `avatar`, `thread` and `publish` (left out: unchanged / default). */
export interface TargetRequest {
  channel: ChannelKind;
  asWebhook?: boolean;
  name?: string;
  avatarUrl?: string;
  thread?: boolean;
  publish?: boolean;
}

/** Discord's webhook username rules (DOCS webhook.mdx "Create Webhook"): 1–80 characters, never "clyde" or "discord". */
export const WEBHOOK_NAME_MAX = 80;
const FORBIDDEN_WORD = /clyde|discord/i;
const FORBIDDEN_WORDS = /clyde|discord/gi;

/** Why a member's webhook name cannot be used, or null. */
export function webhookNameProblem(name: string): string | null {
  if (name.trim().length === 0 || [...name].length > WEBHOOK_NAME_MAX) return 'a name of 1 to 80 characters';
  if (FORBIDDEN_WORD.test(name)) return 'a name without "Discord" or "Clyde" (Discord refuses those)';
  return null;
}

/** A feed title made into a name Discord accepts: the forbidden words dropped, cut to 80, never empty. */
export function webhookNameFrom(title: string): string {
  const cleaned = title.replace(FORBIDDEN_WORDS, '').replace(/\s+/g, ' ').trim();
  const chars = [...cleaned];
  return (chars.length > WEBHOOK_NAME_MAX ? chars.slice(0, WEBHOOK_NAME_MAX).join('') : cleaned) || 'News feed';
}

/**
 * An avatar URL Discord may be given: http(s), an allowed port, no credentials, no private literal
 * address (the safe fetcher's own checks). It is not downloaded: Discord fetches `avatar_url` itself,
 * from its network, so the bot never connects to it; the check only keeps obviously internal or
 * odd addresses out of what the bot hands on.
 */
export function acceptableAvatar(url: string, policy: UrlPolicyOptions): string | undefined {
  try {
    return checkUrl(url, policy).href;
  } catch {
    return undefined;
  }
}

/** The site's icon: the feed's own image, else the site's /favicon.ico, when the address is acceptable. */
export function feedIcon(fetched: Pick<FetchedFeed, 'url' | 'feed'>, policy: UrlPolicyOptions): string | undefined {
  const fromFeed = fetched.feed.image ? acceptableAvatar(fetched.feed.image, policy) : undefined;
  if (fromFeed) return fromFeed;
  try {
    return acceptableAvatar(new URL('/favicon.ico', fetched.feed.link ?? fetched.url).href, policy);
  } catch {
    return undefined;
  }
}

/**
 * The target a request makes, over the current one (an edit changes only what it names). Defaults
 * for a webhook: the feed's title and icon. Returns undefined for a plain message as the bot.
 */
export function buildTarget(
  request: TargetRequest,
  defaults: { name: string; avatarUrl?: string },
  current?: PostTarget,
): PostTarget | undefined {
  const kind = request.channel === 'forum' ? 'forum' : 'message';
  const asWebhook = request.asWebhook ?? current?.webhook !== undefined;
  const avatarUrl = request.avatarUrl ?? current?.webhook?.avatarUrl ?? defaults.avatarUrl;
  const name = request.name ?? current?.webhook?.name ?? defaults.name;
  const webhook = asWebhook ? { name, ...(avatarUrl ? { avatarUrl } : {}) } : undefined;
  const thread = kind === 'message' && (request.thread ?? current?.thread ?? false);
  const publish = request.channel === 'announcement' && (request.publish ?? current?.publish ?? false);
  if (kind === 'message' && !webhook && !thread && !publish) return undefined;
  return { kind, ...(webhook ? { webhook } : {}), ...(thread ? { thread } : {}), ...(publish ? { publish } : {}) };
}
