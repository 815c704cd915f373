import { MessageType } from 'discord.js';
import { apiError } from './api-error.js';
import { executeWebhook, webhookOwnMessage } from './channel-webhooks.js';
import type { FakeContext } from './context.js';
import type { UploadedFile } from './http.js';
import { respond, TOKEN_LIFETIME_MS } from './interaction-messages.js';
import type { InteractionRecord } from './interactions.js';
import { applyEditBody, isRefusal, LOADING } from './message-bodies.js';
import type { FakeMessage } from './messages.js';
import { noContent, ok, type RestResponse, type Route, refuse } from './rest.js';

/** The interaction behind a webhook token, or why the token is refused (unknown, expired, not yet acknowledged). */
function byToken(ctx: FakeContext, applicationId: string, token: string): InteractionRecord | RestResponse {
  const interaction = [...ctx.interactions.values()].find((i) => i.token === token);
  if (!interaction || applicationId !== ctx.world.applicationId)
    return refuse(apiError(404, 10015, 'Unknown Webhook'), 'no interaction with this token');
  const age = ctx.clock.now() - interaction.dispatchedAt;
  if (age > TOKEN_LIFETIME_MS)
    return refuse(
      apiError(401, 50027, 'Invalid Webhook Token'),
      `${interaction.describe()} token used ${age} ms after dispatch (lifetime 15 min)`,
    );
  if (!interaction.responses.length)
    return refuse(apiError(404, 10015, 'Unknown Webhook'), `${interaction.describe()} used before it was acknowledged`);
  return interaction;
}

/** POST /webhooks/{app}/{token}: a follow-up; the first one after a deferral replaces the loading message. */
function followUp(
  ctx: FakeContext,
  interaction: InteractionRecord,
  body: any,
  files: UploadedFile[],
  wait: boolean,
): RestResponse {
  const original = interaction.original();
  let message: FakeMessage;
  // A deleted loading message is gone: the follow-up is a new message with its own flags (how a
  // bot turns a public "thinking…" into a private error).
  if (original && !original.deleted && original.flags & LOADING) {
    const refused = applyEditBody(ctx, original, body, files);
    if (refused) return refused;
    interaction.answered = true;
    ctx.dispatchMessage('MESSAGE_UPDATE', original);
    message = original;
  } else {
    const created = respond(ctx, interaction, body, files, MessageType.Default, 0);
    if (isRefusal(created)) return created;
    interaction.followUps.push(created);
    if (original?.deleted) interaction.answered = true;
    message = created;
  }
  return wait ? ok(ctx.apiMessage(message)) : noContent();
}

/** GET/PATCH/DELETE /webhooks/{app}/{token}/messages/{@original|id}. */
function webhookMessage(
  ctx: FakeContext,
  method: string,
  interaction: InteractionRecord,
  which: string,
  body: any,
  files: UploadedFile[],
): RestResponse {
  const isOriginal = which === '@original';
  const message = isOriginal
    ? interaction.original()
    : [interaction.original(), ...interaction.followUps].find((m) => m?.id === which);
  if (!message || message.deleted) {
    const reason = isOriginal
      ? `${interaction.describe()} has no @original message (callback type ${interaction.responses[0]?.type})`
      : `no follow-up ${which}`;
    return refuse(apiError(404, 10008, 'Unknown Message'), method === 'GET' ? undefined : reason);
  }
  if (method === 'GET') return ok(ctx.apiMessage(message));
  if (method === 'DELETE') {
    ctx.messages.remove(message);
    ctx.dispatchMessage('MESSAGE_DELETE', message);
    return noContent();
  }
  const refused = applyEditBody(ctx, message, body, files);
  if (refused) return refused;
  if (message.id === interaction.originalId) interaction.answered = true;
  ctx.dispatchMessage('MESSAGE_UPDATE', message);
  return ok(ctx.apiMessage(message));
}

/** Webhook-token routes of interactions: follow-ups and @original/follow-up reads, edits, deletes; no Authorization (notes §3). */
export const webhookRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
    bot: false,
    handle(req, ctx) {
      // A channel webhook's id is never the application's, so the two kinds share the route.
      const hook = ctx.webhooks.get(req.params[0]);
      if (hook) return executeWebhook(req, ctx, hook);
      const interaction = byToken(ctx, req.params[0], req.params[1]);
      return isRefusal(interaction)
        ? interaction
        : followUp(ctx, interaction, req.body, req.files, req.query.get('wait') === 'true');
    },
  },
  ...['GET', 'PATCH', 'DELETE'].map(
    (method) =>
      ({
        method,
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
        bot: false,
        handle(req, ctx) {
          const hook = ctx.webhooks.get(req.params[0]);
          if (hook) return webhookOwnMessage(req, ctx, hook);
          const interaction = byToken(ctx, req.params[0], req.params[1]);
          if (isRefusal(interaction)) return interaction;
          const answer = webhookMessage(ctx, method, interaction, req.params[2], req.body, req.files);
          return method === 'GET' && answer.status === 404 ? { ...answer, benign: true } : answer;
        },
      }) satisfies Route,
  ),
];
