import { ChannelType, MessageType, PermissionFlagsBits as P } from 'discord.js';
import { apiError } from './api-error.js';
import type { FakeContext } from './context.js';
import { applyEditBody, isRefusal, messageFromBody } from './message-bodies.js';
import { apiUser } from './payloads.js';
import { noContent, ok, type RestRequest, type RestResponse, refuse, refuseForm } from './rest.js';
import { opaqueToken } from './snowflake.js';
import { checkAppliedTags, createThread, THREAD_NAME_MAX } from './threads.js';
import type { FakeUser } from './world.js';

/** An incoming webhook a bot created in a channel (DOCS webhook.mdx "Webhook Object", type 1). */
export interface FakeWebhook {
  id: string;
  token: string;
  channelId: string;
  name: string;
  creatorId: string;
  deleted: boolean;
}

/** DOCS webhook.mdx "Create Webhook": at most 15 per channel (30007), names 1–80 without "clyde" or "discord". */
export const MAX_WEBHOOKS_PER_CHANNEL = 15;
const NAME_MAX = 80;
const FORBIDDEN_NAME = /clyde|discord/i;

const missingManageWebhooks = () =>
  refuse(apiError(403, 50013, 'Missing Permissions'), 'the bot lacks Manage Webhooks');
const botCan = (ctx: FakeContext, bit: bigint) => (ctx.world.bot.permissions & bit) === bit;

/** A webhook name or username problem, as Discord words the field error, or null. */
function nameProblem(field: string, name: unknown) {
  const text = typeof name === 'string' ? name : '';
  if (text.length >= 1 && text.length <= NAME_MAX && !FORBIDDEN_NAME.test(text)) return null;
  return {
    path: [field],
    code: 'BASE_TYPE_BAD_LENGTH',
    message: `${field} must be 1-80 characters without "clyde" or "discord"`,
  };
}

/** The webhook object Discord returns; the token only for the incoming webhooks a bot may read. */
export function apiWebhook(ctx: FakeContext, hook: FakeWebhook) {
  return {
    id: hook.id,
    type: 1,
    guild_id: ctx.world.guildId,
    channel_id: hook.channelId,
    user: apiUser(ctx.world.user(hook.creatorId) ?? ctx.world.bot),
    name: hook.name,
    avatar: null,
    token: hook.token,
    application_id: ctx.world.applicationId,
  };
}

const webhookChannel = (type: ChannelType) =>
  type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement || type === ChannelType.GuildForum;

/** GET /channels/{id}/webhooks (Manage Webhooks; DOCS webhook.mdx "Get Channel Webhooks"). */
export function listWebhooks(req: RestRequest, ctx: FakeContext): RestResponse {
  if (!botCan(ctx, P.ManageWebhooks)) return missingManageWebhooks();
  const hooks = [...ctx.webhooks.values()].filter((hook) => hook.channelId === req.params[0] && !hook.deleted);
  return ok(hooks.map((hook) => apiWebhook(ctx, hook)));
}

/** POST /channels/{id}/webhooks (Manage Webhooks; DOCS webhook.mdx "Create Webhook"). */
export function createWebhook(req: RestRequest, ctx: FakeContext): RestResponse {
  if (!botCan(ctx, P.ManageWebhooks)) return missingManageWebhooks();
  const channel = ctx.world.channel(req.params[0])!;
  if (!webhookChannel(channel.type))
    return refuse(
      apiError(400, 50024, 'Cannot execute action on this channel type'),
      'webhooks live in text, announcement and forum channels',
    );
  const problem = nameProblem('name', req.body?.name);
  if (problem) return refuseForm([problem]);
  const inChannel = [...ctx.webhooks.values()].filter((hook) => hook.channelId === channel.id && !hook.deleted);
  if (inChannel.length >= MAX_WEBHOOKS_PER_CHANNEL)
    return refuse(apiError(400, 30007, 'Maximum number of webhooks reached (15)'));
  const hook: FakeWebhook = {
    id: ctx.nextId(),
    token: opaqueToken('webhook'),
    channelId: channel.id,
    name: req.body.name,
    creatorId: ctx.world.bot.id,
    deleted: false,
  };
  ctx.webhooks.set(hook.id, hook);
  return ok(apiWebhook(ctx, hook));
}

/** DELETE /webhooks/{id} (Manage Webhooks): later executes answer Unknown Webhook (10015). */
export function deleteWebhook(ctx: FakeContext, id: string): boolean {
  const hook = ctx.webhooks.get(id);
  if (!hook || hook.deleted) return false;
  hook.deleted = true;
  return true;
}

/** The author a webhook message shows: the webhook, under the `username` the execute asked for. */
function webhookAuthor(hook: FakeWebhook, username: string | undefined): FakeUser {
  const name = username ?? hook.name;
  return { id: hook.id, username: name, globalName: name, bot: true, roles: [], permissions: 0n };
}

/**
 * POST /webhooks/{id}/{token}: Execute Webhook (DOCS webhook.mdx). `username` and `avatar_url`
 * override the webhook's own; in a forum `thread_name` is required and opens a post (with
 * `applied_tags`), elsewhere it is refused; `wait=true` returns the message, else 204. A deleted
 * webhook is Unknown Webhook (10015), which a bot can meet when someone removed it: not a violation.
 */
export function executeWebhook(req: RestRequest, ctx: FakeContext, hook: FakeWebhook): RestResponse {
  if (hook.deleted || hook.token !== req.params[1])
    return { ...refuse(apiError(404, 10015, 'Unknown Webhook')), benign: hook.deleted };
  const body = req.body ?? {};
  const channel = ctx.world.channel(hook.channelId)!;
  const problem = body.username !== undefined ? nameProblem('username', body.username) : null;
  if (problem) return refuseForm([problem]);
  const isForum = channel.type === ChannelType.GuildForum;
  if (isForum && !body.thread_name)
    return refuse(apiError(400, 220001, 'Webhooks posted to forum channels must have a thread_name or thread_id'));
  if (!isForum && body.thread_name !== undefined)
    return refuse(apiError(400, 220003, 'Webhooks can only create threads in forum channels'));
  if (isForum) {
    const name = String(body.thread_name);
    if (name.length > THREAD_NAME_MAX)
      return refuseForm([
        { path: ['thread_name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 100 or fewer in length.' },
      ]);
    const tags = checkAppliedTags(channel, body.applied_tags);
    if (tags) return tags;
  }
  const fields = messageFromBody(ctx, body, req.files, {
    channelId: channel.id,
    guildId: ctx.world.guildId,
    author: webhookAuthor(hook, body.username),
    webhookId: hook.id,
    type: MessageType.Default,
  });
  if (isRefusal(fields)) return fields;
  const message = ctx.messages.create(fields);
  if (body.avatar_url !== undefined) message.avatarUrl = String(body.avatar_url);
  if (isForum)
    createThread(ctx, channel, message, {
      name: String(body.thread_name),
      ownerId: hook.id,
      appliedTags: body.applied_tags,
    });
  ctx.dispatchMessage('MESSAGE_CREATE', message);
  return req.query.get('wait') === 'true' ? ok(ctx.apiMessage(message)) : noContent();
}

/**
 * GET/PATCH/DELETE /webhooks/{id}/{token}/messages/{mid} for a channel webhook (DOCS webhook.mdx
 * "Edit Webhook Message"): only messages that webhook posted (404 10008 otherwise; `thread_id`
 * names the thread of a forum post, and is not needed to find the message here).
 */
export function webhookOwnMessage(req: RestRequest, ctx: FakeContext, hook: FakeWebhook): RestResponse {
  if (hook.deleted || hook.token !== req.params[1])
    return { ...refuse(apiError(404, 10015, 'Unknown Webhook')), benign: hook.deleted };
  const message = ctx.messages.get(req.params[2]);
  if (!message || message.deleted || message.webhookId !== hook.id)
    return { ...refuse(apiError(404, 10008, 'Unknown Message')), benign: req.method === 'GET' };
  if (req.method === 'GET') return ok(ctx.apiMessage(message));
  if (req.method === 'DELETE') {
    ctx.messages.remove(message);
    ctx.dispatchMessage('MESSAGE_DELETE', message);
    return noContent();
  }
  const refused = applyEditBody(ctx, message, req.body, req.files);
  if (refused) return refused;
  ctx.dispatchMessage('MESSAGE_UPDATE', message);
  return ok(ctx.apiMessage(message));
}
