import type { APIEmbed } from 'discord.js';
import type { PostTarget } from '../../state/types.js';

/** One channel message the scheduler sends. */
export interface ChannelPost {
  channelId: string;
  nonce: string;
  embeds: APIEmbed[];
  content?: string;
  /** Roles this post may ping; nobody else, whatever the text says. */
  mentionRoleIds?: string[];
  /** Where and as whom (absent: a plain message as the bot). */
  target?: PostTarget;
  /** The article's title: a forum post's title, or the name of the thread opened on the message. */
  title?: string;
  /** Matched to a forum's tags. */
  categories?: string[];
}

/** The part of a channel message an amendment reads and rewrites. */
export interface MessageEmbeds {
  embeds: APIEmbed[];
  /** Where the message really is when that is not the subscription's channel: a forum post's thread. */
  channelId?: string;
  /** Set when the bot's webhook posted it: then only that webhook can edit it. */
  webhookId?: string;
}

/** A message the bot sent to a channel, as reading the channel shows it (without the nonce: Discord returns it only when creating). */
export interface SentMessage {
  id: string;
  content: string;
  embeds: APIEmbed[];
}

/** Sends scheduled posts; an interface so the scheduler can run against anything that confirms posts. */
export interface Poster {
  /**
   * Resolves with the message id once Discord confirms (for a forum post: the thread's, which is its
   * first message's); throws when it does not.
   */
  post(message: ChannelPost): Promise<{ id: string }>;
  /**
   * What a confirmed post still needs (a thread on it, a crosspost); throws when Discord refuses,
   * and the post stands. Optional: a poster without targets has nothing to do.
   */
  followUp?(message: ChannelPost, messageId: string): Promise<void>;
  /** Reads a message the bot posted; throws 404 (10008) when it is gone. */
  fetchMessage(channelId: string, messageId: string): Promise<MessageEmbeds>;
  /**
   * Replaces the embeds of a message the bot posted (where `body.channelId` and `body.webhookId`,
   * as fetchMessage found them, say); throws 404 (10008) when it is gone.
   */
  edit(channelId: string, messageId: string, body: MessageEmbeds): Promise<void>;
  /**
   * The bot's own plain posts (no interaction replies, webhook messages or replies) among `limit`
   * (1–100) channel messages: the newest ones, or with `sinceMs` the first ones created from then
   * on. With a `target`, the posts it makes instead: the messages of the bot's webhook in the
   * channel, or a forum's posts. Throws like `post` when the channel cannot be read.
   */
  recentMessages(channelId: string, limit: number, sinceMs?: number, target?: PostTarget): Promise<SentMessage[]>;
}
