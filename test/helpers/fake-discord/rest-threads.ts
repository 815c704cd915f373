import { ChannelType, MessageFlags, MessageType, PermissionFlagsBits as P } from 'discord.js';
import { apiError } from './api-error.js';
import { createWebhook, deleteWebhook, listWebhooks } from './channel-webhooks.js';
import type { FakeContext } from './context.js';
import { isRefusal, messageFromBody } from './message-bodies.js';
import type { FakeMessage } from './messages.js';
import { apiChannel } from './payloads.js';
import { noContent, ok, type RestRequest, type RestResponse, type Route, refuse } from './rest.js';
import { checkAppliedTags, checkThreadName, createThread } from './threads.js';

const botCan = (ctx: FakeContext, bit: bigint) => (ctx.world.bot.permissions & bit) === bit;
const missing = (what: string) => refuse(apiError(403, 50013, 'Missing Permissions'), `the bot lacks ${what}`);
const wrongChannelType = (why: string) =>
  refuse(apiError(400, 50024, 'Cannot execute action on this channel type'), why);

/** Runs `handle` with the channel when it exists, else 404 10003. */
function inChannel(handle: (req: RestRequest, ctx: FakeContext) => RestResponse) {
  return (req: RestRequest, ctx: FakeContext) =>
    ctx.world.channel(req.params[0]) ? handle(req, ctx) : refuse(apiError(404, 10003, 'Unknown Channel'));
}

/** The message named by params[1] in channel params[0], or 404 10008. */
function messageIn(req: RestRequest, ctx: FakeContext): FakeMessage | RestResponse {
  const message = ctx.messages.get(req.params[1]);
  if (!message || message.deleted || message.channelId !== req.params[0])
    return refuse(apiError(404, 10008, 'Unknown Message'));
  return message;
}

/**
 * POST /channels/{forum}/threads: a forum post, i.e. a thread with its first message (DOCS channel.mdx
 * "Start Thread in Forum or Media Channel"): Send Messages, `name` 1–100, `message` required,
 * `applied_tags` among the forum's tags, at most 5. Returns the thread with the nested message.
 * (Threads without a message in text channels are not needed by the bot, so not implemented.)
 */
function startForumPost(req: RestRequest, ctx: FakeContext): RestResponse {
  const forum = ctx.world.channel(req.params[0])!;
  if (forum.type !== ChannelType.GuildForum)
    return refuse(apiError(400, 0, 'not implemented'), 'the fake only starts threads without a message in forums');
  if (!botCan(ctx, P.ViewChannel | P.SendMessages)) return missing('View Channel + Send Messages');
  const body = req.body ?? {};
  const refused = checkThreadName(body.name) ?? checkAppliedTags(forum, body.applied_tags);
  if (refused) return refused;
  if (!body.message)
    return refuse(apiError(400, 50006, 'Cannot send an empty message'), 'a forum post needs `message`');
  const fields = messageFromBody(ctx, body.message, req.files, {
    channelId: forum.id,
    guildId: ctx.world.guildId,
    author: ctx.world.bot,
    type: MessageType.Default,
  });
  if (isRefusal(fields)) return fields;
  const message = ctx.messages.create(fields);
  const thread = createThread(ctx, forum, message, {
    name: body.name,
    ownerId: ctx.world.bot.id,
    appliedTags: body.applied_tags,
  });
  ctx.dispatchMessage('MESSAGE_CREATE', message);
  return { status: 201, body: { ...apiChannel(ctx.world, thread.id), message: ctx.apiMessage(message) } };
}

/**
 * POST /channels/{id}/messages/{mid}/threads (DOCS channel.mdx "Start Thread from Message"): text or
 * announcement channels, Create Public Threads, `name` 1–100, one thread per message (160004 after,
 * which a replay after a crash can meet: not a violation).
 */
function threadFromMessage(req: RestRequest, ctx: FakeContext): RestResponse {
  const channel = ctx.world.channel(req.params[0])!;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)
    return wrongChannelType('threads start from messages in text and announcement channels');
  if (!botCan(ctx, P.ViewChannel | P.CreatePublicThreads)) return missing('Create Public Threads');
  const message = messageIn(req, ctx);
  if (isRefusal(message)) return message;
  const refused = checkThreadName(req.body?.name);
  if (refused) return refused;
  if (message.threadId)
    return { ...refuse(apiError(400, 160004, 'A thread has already been created for this message')), benign: true };
  const thread = createThread(ctx, channel, message, { name: req.body.name, ownerId: ctx.world.bot.id });
  return { status: 201, body: apiChannel(ctx.world, thread.id) };
}

/**
 * POST /channels/{id}/messages/{mid}/crosspost (DOCS message.mdx "Crosspost Message"): announcement
 * channels only; Send Messages for the bot's own message, Manage Messages for others' (a webhook's
 * included); once per message (40033 after, benign for a replay). Sets the CROSSPOSTED flag.
 */
function crosspost(req: RestRequest, ctx: FakeContext): RestResponse {
  const channel = ctx.world.channel(req.params[0])!;
  if (channel.type !== ChannelType.GuildAnnouncement) return wrongChannelType('only announcement messages crosspost');
  const message = messageIn(req, ctx);
  if (isRefusal(message)) return message;
  const own = message.author.id === ctx.world.bot.id;
  if (!botCan(ctx, own ? P.SendMessages : P.ManageMessages)) return missing(own ? 'Send Messages' : 'Manage Messages');
  if (message.flags & MessageFlags.Crossposted)
    return { ...refuse(apiError(400, 40033, 'This message has already been crossposted')), benign: true };
  ctx.messages.edit(message, { flags: message.flags | MessageFlags.Crossposted });
  ctx.dispatchMessage('MESSAGE_UPDATE', message);
  return ok(ctx.apiMessage(message));
}

/** Thread, forum-post, crosspost and channel-webhook routes (Bot token required). */
export const threadRoutes: Route[] = [
  { method: 'POST', pattern: /^\/channels\/(\d+)\/threads$/, bot: true, handle: inChannel(startForumPost) },
  {
    method: 'POST',
    pattern: /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
    bot: true,
    handle: inChannel(threadFromMessage),
  },
  {
    method: 'POST',
    pattern: /^\/channels\/(\d+)\/messages\/(\d+)\/crosspost$/,
    bot: true,
    handle: inChannel(crosspost),
  },
  {
    // DOCS guild.mdx "List Active Guild Threads": every active thread, with the bot's thread members (none here).
    method: 'GET',
    pattern: /^\/guilds\/(\d+)\/threads\/active$/,
    bot: true,
    handle: (req, ctx) =>
      req.params[0] === ctx.world.guildId
        ? ok({ threads: ctx.world.threads.map((thread) => apiChannel(ctx.world, thread.id)), members: [] })
        : refuse(apiError(404, 10004, 'Unknown Guild')),
  },
  { method: 'GET', pattern: /^\/channels\/(\d+)\/webhooks$/, bot: true, handle: inChannel(listWebhooks) },
  { method: 'POST', pattern: /^\/channels\/(\d+)\/webhooks$/, bot: true, handle: inChannel(createWebhook) },
  {
    method: 'DELETE',
    pattern: /^\/webhooks\/(\d+)$/,
    bot: true,
    handle: (req, ctx) => {
      if (!botCan(ctx, P.ManageWebhooks)) return missing('Manage Webhooks');
      return deleteWebhook(ctx, req.params[0]) ? noContent() : refuse(apiError(404, 10015, 'Unknown Webhook'));
    },
  },
];
