import type { Link } from '../../article.js';
import type { LoggedItem } from './delivery-log.js';

/** Keyword and pattern rules a subscription's items must pass (matched on title and summary). */
export interface FeedFilter {
  /** Post only items that mention at least one of these (case-insensitive). */
  include?: string[];
  /** Never post items that mention any of these. */
  exclude?: string[];
  /** Post only items whose title or summary matches this pattern (case-insensitive). */
  regex?: string;
}

/**
 * An embed as present/ rendered it (Discord's embed JSON). Opaque here: state, scheduling and
 * delivery only store it and hand it on; present/ and the poster are the ones that read its fields.
 */
export type RenderedEmbed = object;

export type PostMode = 'cards' | 'digest';

/** Who a post appears to come from when it goes through the channel's webhook. */
export interface WebhookIdentity {
  /** Shown as the author (Discord allows 1–80 characters). */
  name: string;
  /** An http(s) picture Discord fetches itself; absent: the webhook's default avatar. */
  avatarUrl?: string;
}

/**
 * Where a subscription's posts land and how: a message in the channel (optionally opening a thread
 * on it, or crossposted from an announcement channel) or, in a forum channel, a forum post per item;
 * as the bot, or as `webhook` under the subscription's name and avatar. Absent: a plain message as the bot.
 */
export interface PostTarget {
  kind: 'message' | 'forum';
  webhook?: WebhookIdentity;
  /** Open a thread on each message once it is confirmed (text channels). */
  thread?: boolean;
  /** Crosspost each message to following servers once it is confirmed (announcement channels). */
  publish?: boolean;
}

/**
 * How a subscription's card posts look, as the admin wrote it: texts with placeholders such as
 * `{title}` (present/template/ renders and checks them), a colour, or text alone. Parts left out
 * keep the card's own.
 */
export interface PostTemplate {
  /** The message text, above the embed (or the whole post in text-only mode). */
  content?: string;
  title?: string;
  description?: string;
  footer?: string;
  /** The embed's colour, 0xRRGGBB. */
  color?: number;
  /** Post the text alone, without an embed. */
  textOnly?: boolean;
}

/**
 * A channel's subscription to one feed, with its own polling state (miniflux keeps the same per
 * feed: next check, consecutive failures, last error). Times are epoch milliseconds.
 */
export interface Subscription {
  id: string;
  guildId: string;
  channelId: string;
  /** The feed's own URL (after discovery), the key of its shared fetch state. */
  feedUrl: string;
  /** The feed's title when it was added, for lists and autocomplete. */
  title: string;
  intervalMinutes: number;
  mode: PostMode;
  filter?: FeedFilter;
  createdAt: number;
  createdBy?: string;
  nextCheckAt: number;
  lastCheckAt?: number;
  lastPostAt?: number;
  failures: number;
  lastError?: string;
  /**
   * Why Discord last refused a post of this subscription for good (missing access, unknown channel):
   * its items were marked seen unposted. Cleared when a post is confirmed; unlike `lastError`, a
   * successful check does not clear it.
   */
  postError?: string;
  /** How card posts look; none: the card as /article shows it. Digests keep their own layout. */
  template?: PostTemplate;
  /** A role pinged with each post (its `<@&id>` opens the post; only that role may be pinged). */
  mentionRoleId?: string;
  /** Where and as whom it posts (absent: a plain message as the bot). */
  target?: PostTarget;
  /** Set after FEED_FAILURE_LIMIT consecutive failures; paused subscriptions are not checked. */
  paused?: boolean;
  /**
   * Set by `/feed pause`: not checked until `/feed resume`. Kept apart from `paused` (the automatic
   * pause after failures) so the list can say who stopped it, and a recovery never undoes a member's choice.
   */
  pausedBy?: { userId: string; at: number };
  /** True once the pause notice reached the channel (it is said once). */
  pauseNotified?: boolean;
  /** False until the first successful check, which posts only the newest items. */
  initialized: boolean;
  /** New items are waiting behind the per-check cap: check again next tick, without validators. */
  backlog?: boolean;
}

/** HTTP validators and politeness state shared by every subscription of one feed URL. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** The server asked us (429/503 Retry-After) not to come back before this time. */
  retryAt?: number;
}

/** Which subscription's item a post stands for; marked seen when Discord confirms the post. */
export interface SeenMark {
  subscriptionId: string;
  itemId: string;
  /** What the delivery log says was posted (card posts carry it; a digest is logged by its count). */
  item?: LoggedItem;
}

/** A story posted in a channel, kept for a while so another subscription's copy is not posted again. */
export interface PostedStory {
  /** The subscription it came from: text likeness only counts between different subscriptions. */
  subscriptionId: string;
  url: string | null;
  /** Normalized title+summary words, for the near-identical text test. */
  words: string[];
  title: string;
  at: number;
  /** The channel message that shows it, once Discord confirmed it; a later copy amends that message. */
  messageId?: string;
}

/** Sources to add to an earlier post's "Also covered by" field (a copy of its story came later). */
export interface Amendment {
  messageId: string;
  links: Link[];
}

/**
 * A post (or an edit of an earlier post) that was decided but not yet confirmed by Discord, keyed by
 * its nonce. It holds everything needed to send it again after a crash.
 */
export interface OutboxEntry {
  nonce: string;
  channelId: string;
  embeds: RenderedEmbed[];
  content?: string;
  /**
   * The roles this post may ping (its content mentions them); every other mention stays inert. Kept
   * in the entry so a replay after a crash sends exactly what the first send did.
   */
  mentionRoleIds?: string[];
  /**
   * The subscription's target when the post was decided, copied so a replay sends the same thing
   * (absent: a plain message as the bot; notices and edits have none).
   */
  target?: PostTarget;
  /** The article's title: a forum post's title or the name of a thread opened on the post. */
  title?: string;
  /** The item's categories, matched to a forum's tags. */
  categories?: string[];
  /** Items marked seen once the post is confirmed. */
  marks: SeenMark[];
  /** Remembered per channel after the post, for cross-subscription dedupe. */
  stories: PostedStory[];
  /** The subscriptions whose lastPostAt moves (and, for a pause notice, whose notice is done). */
  subscriptionIds: string[];
  /** 'edit' entries post nothing: they amend `amend.messageId`, and their nonce is only the outbox key. */
  kind: 'item' | 'digest' | 'notice' | 'edit';
  /** Set on 'edit' entries. */
  amend?: Amendment;
  createdAt: number;
  /**
   * When it was first sent (recorded before that send): Discord honours the nonce only for a few
   * minutes after, so an older entry is looked for in the channel before it is sent again.
   */
  firstAttemptAt?: number;
  /** Order among the posts decided at the same time. */
  seq: number;
  attempts: number;
}
