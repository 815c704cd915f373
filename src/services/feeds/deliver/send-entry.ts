import type { Logger } from '../../logger.js';
import type { OutboxEntry } from '../state/types.js';
import { findEarlierPost } from './poster/earlier-post.js';
import type { ChannelPost, Poster } from './poster/rest-poster.js';

/** The post an entry stands for, exactly as recorded: a replay sends the same text, target and tags. */
function postOf(entry: OutboxEntry): ChannelPost {
  return {
    channelId: entry.channelId,
    nonce: entry.nonce,
    embeds: entry.embeds,
    content: entry.content,
    mentionRoleIds: entry.mentionRoleIds,
    target: entry.target,
    title: entry.title,
    categories: entry.categories,
  };
}

/**
 * Post an entry (not an edit) unless an earlier send already reached the channel; resolves with the
 * id of the message that shows it. `resend`: the entry was sent before (a crash, a failed attempt).
 * Then, for a confirmed post, its thread and crosspost: their failure is logged, never a re-post.
 */
export async function sendEntry(
  poster: Poster,
  entry: OutboxEntry,
  { now, logger, resend }: { now: number; logger: Logger; resend: boolean },
): Promise<string> {
  const post = postOf(entry);
  const earlier = await findEarlierPost(poster, entry, now, logger, resend);
  if (earlier)
    logger.info('an earlier send of this post reached the channel; it is confirmed, not sent again', {
      channel_id: entry.channelId,
      nonce: entry.nonce,
      message_id: earlier,
    });
  const id = earlier ?? (await poster.post(post)).id;
  try {
    await poster.followUp?.(post, id);
  } catch (error) {
    logger.warn("the post is up, but its thread or crosspost couldn't be made; it is not posted again", {
      channel_id: entry.channelId,
      message_id: id,
      error,
    });
  }
  return id;
}
