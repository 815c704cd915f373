import { ChannelType, MessageType, PermissionFlagsBits as P } from 'discord.js';
import { apiError } from './api-error.js';
import type { FakeContext } from './context.js';
import { applyEditBody, isRefusal, messageFromBody } from './message-bodies.js';
import type { FakeMessage } from './messages.js';
import { apiChannel, withoutContent } from './payloads.js';
import { noContent, ok, type RestRequest, type RestResponse, type Route, refuse, refuseForm } from './rest.js';

const SUPPRESS_EMBEDS = 1 << 2;
const missingPermissions = (what: string) =>
  refuse(apiError(403, 50013, 'Missing Permissions'), `the bot lacks ${what}`);
const botCan = (ctx: FakeContext, bit: bigint) => (ctx.world.bot.permissions & bit) === bit;

/** Runs `handle` when the channel exists, else 404 10003. */
function inChannel(handle: (req: RestRequest, ctx: FakeContext) => RestResponse) {
  return (req: RestRequest, ctx: FakeContext) =>
    ctx.world.channel(req.params[0]) ? handle(req, ctx) : refuse(apiError(404, 10003, 'Unknown Channel'));
}

/** Runs `handle` with the message when it exists in that channel, else 404 10008 (benign for reads). */
function withMessage(handle: (req: RestRequest, ctx: FakeContext, message: FakeMessage) => RestResponse) {
  return inChannel((req, ctx) => {
    const message = ctx.messages.get(req.params[1]);
    if (!message || message.deleted || message.channelId !== req.params[0])
      return { ...refuse(apiError(404, 10008, 'Unknown Message')), benign: req.method === 'GET' };
    return handle(req, ctx, message);
  });
}

/**
 * A message as REST reads return it: blanked when MESSAGE_CONTENT is not enabled for the app (DOCS
 * events/gateway.mdx:485-499), and without `nonce`, which Discord returns only in the create
 * response and MESSAGE_CREATE (DOCS message.mdx:1081).
 */
function readable(ctx: FakeContext, message: FakeMessage) {
  const { nonce: _nonce, ...fetched } = ctx.apiMessage(message);
  return withoutContent(fetched, ctx.world.bot.id, ctx.messageContentAllowed);
}

/** POST /channels/{id}/messages: permissions, limits, nonce dedupe (`enforce_nonce`), replies; echoes MESSAGE_CREATE. */
function createMessage(req: RestRequest, ctx: FakeContext): RestResponse {
  if (!botCan(ctx, P.ViewChannel | P.SendMessages)) return missingPermissions('View Channel + Send Messages');
  const body = req.body ?? {};
  const channelId = req.params[0];
  // A forum takes posts (threads), not messages (DOCS channel.mdx "Channel Types": GUILD_FORUM "can only contain threads").
  if (ctx.world.channel(channelId)?.type === ChannelType.GuildForum)
    return refuse(
      apiError(400, 50008, 'Cannot send messages in a non-text channel'),
      'forums take posts, not messages',
    );
  if (body.enforce_nonce === true && body.nonce !== undefined) {
    // Same author + nonce within a few minutes: Discord returns the existing message and creates nothing (DOCS message.mdx:1092).
    const existing = ctx.messages.findByNonce(channelId, ctx.world.bot.id, body.nonce);
    if (existing) return ok(ctx.apiMessage(existing));
  }
  let messageReference: FakeMessage['messageReference'];
  if (body.message_reference?.message_id) {
    const target = ctx.messages.get(body.message_reference.message_id);
    const found = target && !target.deleted && target.channelId === (body.message_reference.channel_id ?? channelId);
    if (found) messageReference = { message_id: target.id, channel_id: target.channelId, guild_id: target.guildId };
    else if (body.message_reference.fail_if_not_exists !== false) {
      return refuseForm([
        { path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' },
      ]);
    }
  }
  const fields = messageFromBody(ctx, body, req.files, {
    channelId,
    guildId: ctx.world.guildId,
    author: ctx.world.bot,
    type: messageReference ? MessageType.Reply : MessageType.Default,
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
    ...(messageReference ? { messageReference } : {}),
  });
  if (isRefusal(fields)) return fields;
  const message = ctx.messages.create(fields);
  ctx.dispatchMessage('MESSAGE_CREATE', message);
  return ok(ctx.apiMessage(message));
}

/** PATCH a message: the bot edits its own freely; on others' only `flags` (SUPPRESS_EMBEDS) with Manage Messages (DOCS message.mdx "Edit Message"). */
function editMessage(req: RestRequest, ctx: FakeContext, message: FakeMessage): RestResponse {
  const body = req.body ?? {};
  if (message.author.id === ctx.world.bot.id && !message.webhookId) {
    const refused = applyEditBody(ctx, message, body, req.files);
    if (refused) return refused;
  } else {
    const changed = ['content', 'embeds', 'components', 'attachments', 'sticker_ids', 'poll'].filter(
      (key) => body[key] !== undefined,
    );
    if (changed.length || req.files.length)
      return refuse(
        apiError(403, 50005, 'Cannot edit a message authored by another user'),
        `tried to change ${changed.join(', ') || 'attachments'} of ${message.author.username}'s message`,
      );
    if (body.flags !== undefined) {
      if (!botCan(ctx, P.ManageMessages)) return missingPermissions('Manage Messages');
      ctx.messages.edit(message, {
        flags: (message.flags & ~SUPPRESS_EMBEDS) | (Number(body.flags) & SUPPRESS_EMBEDS),
      });
    }
  }
  ctx.dispatchMessage('MESSAGE_UPDATE', message);
  return ok(ctx.apiMessage(message));
}

/** DELETE a message: own messages, or anyone's with Manage Messages. */
function deleteMessage(_req: RestRequest, ctx: FakeContext, message: FakeMessage): RestResponse {
  if (message.author.id !== ctx.world.bot.id && !botCan(ctx, P.ManageMessages))
    return missingPermissions('Manage Messages');
  ctx.messages.remove(message);
  ctx.dispatchMessage('MESSAGE_DELETE', message);
  return noContent();
}

/**
 * GET /channels/{id}/messages, newest first, `limit` 1–100 (default 50): the latest messages, those
 * just `before` an id, or with `after` the first ones after it (still newest first, as Discord pages
 * forward). Needs View Channel; without Read Message History the list is empty (DOCS channel.mdx
 * "Get Channel Messages").
 */
function listMessages(req: RestRequest, ctx: FakeContext): RestResponse {
  if (!botCan(ctx, P.ViewChannel)) return refuse(apiError(403, 50001, 'Missing Access'), 'the bot lacks View Channel');
  if (req.query.has('around'))
    return refuse(apiError(400, 0, 'around is not implemented'), 'the fake does not implement `around`');
  if (!botCan(ctx, P.ReadMessageHistory)) return ok([]);
  const limit = Math.min(Math.max(Number(req.query.get('limit') ?? 50), 1), 100);
  const before = req.query.get('before');
  const after = req.query.get('after');
  const inRange = (m: FakeMessage) =>
    (!before || BigInt(m.id) < BigInt(before)) && (!after || BigInt(m.id) > BigInt(after));
  const oldestFirst = ctx.messages.list(req.params[0]).filter(inRange);
  const page = after ? oldestFirst.slice(0, limit) : oldestFirst.slice(-limit);
  return ok(page.reverse().map((m) => readable(ctx, m)));
}

/** Channel and message routes (Bot token required). */
export const channelRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/channels\/(\d+)$/,
    bot: true,
    handle: inChannel((req, ctx) => ok(apiChannel(ctx.world, req.params[0]))),
  },
  // channel.sendTyping() (notes §3 row 11): nothing to record, but discord.js may call it.
  { method: 'POST', pattern: /^\/channels\/(\d+)\/typing$/, bot: true, handle: inChannel(() => noContent()) },
  { method: 'POST', pattern: /^\/channels\/(\d+)\/messages$/, bot: true, handle: inChannel(createMessage) },
  { method: 'GET', pattern: /^\/channels\/(\d+)\/messages$/, bot: true, handle: inChannel(listMessages) },
  {
    method: 'GET',
    pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/,
    bot: true,
    handle: withMessage((_req, ctx, m) => ok(readable(ctx, m))),
  },
  { method: 'PATCH', pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/, bot: true, handle: withMessage(editMessage) },
  { method: 'DELETE', pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/, bot: true, handle: withMessage(deleteMessage) },
];
