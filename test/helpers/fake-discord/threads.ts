import { ChannelType } from 'discord.js';
import { apiError } from './api-error.js';
import type { FakeContext } from './context.js';
import type { FakeMessage } from './messages.js';
import { apiChannel } from './payloads.js';
import { type RestResponse, refuse, refuseForm } from './rest.js';
import type { FakeChannel } from './world.js';

/** Thread and forum post names: 1–100 characters (DOCS channel.mdx "Start Thread from Message"). */
export const THREAD_NAME_MAX = 100;
/** A forum post carries at most 5 tags (DOCS channel.mdx "Start Thread in Forum or Media Channel"). */
export const MAX_APPLIED_TAGS = 5;

/** A name problem (1–100 characters), or undefined. */
export function checkThreadName(name: unknown): RestResponse | undefined {
  const text = typeof name === 'string' ? name : '';
  if (text.length >= 1 && text.length <= THREAD_NAME_MAX) return undefined;
  return refuseForm([
    { path: ['name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' },
  ]);
}

/** `applied_tags` must be ids of the forum's `available_tags`, at most 5; a refusal, or undefined. */
export function checkAppliedTags(forum: FakeChannel, tags: unknown): RestResponse | undefined {
  if (tags === undefined) return undefined;
  const ids = Array.isArray(tags) ? tags.map(String) : [];
  if (ids.length > MAX_APPLIED_TAGS)
    return refuseForm([
      { path: ['applied_tags'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' },
    ]);
  const known = new Set((forum.availableTags ?? []).map((tag) => tag.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    return refuse(apiError(400, 0, 'Unknown forum tag'), `applied_tags ${unknown.join(', ')} are not the forum's tags`);
  return undefined;
}

/**
 * Opens a public thread (type 11) named `name` with the message's id, as Discord gives a thread
 * started from a message its id (DOCS topics/threads.mdx). In a forum the message is the post's
 * first message and moves into it; elsewhere it stays in the channel. Tells connected clients (THREAD_CREATE).
 */
export function createThread(
  ctx: FakeContext,
  parent: FakeChannel,
  message: FakeMessage,
  options: { name: string; ownerId: string; appliedTags?: unknown },
): FakeChannel {
  const thread: FakeChannel = {
    id: message.id,
    name: options.name,
    position: 0,
    type: ChannelType.PublicThread,
    parentId: parent.id,
    ownerId: options.ownerId,
    appliedTags: Array.isArray(options.appliedTags) ? options.appliedTags.map(String) : [],
  };
  ctx.world.threads.push(thread);
  if (parent.type === ChannelType.GuildForum) message.channelId = thread.id;
  else message.threadId = thread.id;
  ctx.dispatchChannel('THREAD_CREATE', apiChannel(ctx.world, thread.id));
  return thread;
}
