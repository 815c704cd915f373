import { InteractionResponseType as Callback } from 'discord.js';
import { apiError } from './api-error.js';
import type { FakeContext } from './context.js';
import type { UploadedFile } from './http.js';
import {
  ACK_DEADLINE_MS,
  ALLOWED,
  INTERACTION_TYPE,
  interactionOf,
  replyType,
  respond,
} from './interaction-messages.js';
import { applyEditBody, isRefusal, LOADING } from './message-bodies.js';
import type { FakeMessage } from './messages.js';
import { noContent, ok, type RestResponse, type Route, refuse, refuseForm } from './rest.js';
import { checkChoices } from './validate.js';

const EPHEMERAL = 1 << 6;

/** POST /interactions/{id}/{token}/callback: the 3 s rule, one acknowledgement, allowed types, message limits. */
function callback(
  ctx: FakeContext,
  id: string,
  token: string,
  body: any,
  files: UploadedFile[],
  withResponse: boolean,
): RestResponse {
  const interaction = ctx.interactions.get(id);
  if (!interaction || interaction.token !== token)
    return refuse(apiError(404, 10062, 'Unknown interaction'), 'no interaction with this id and token');
  if (interaction.responses.length) {
    return refuse(
      apiError(400, 40060, 'Interaction has already been acknowledged.'),
      `second acknowledgement of ${interaction.describe()}`,
    );
  }
  const elapsed = ctx.clock.now() - interaction.dispatchedAt;
  if (elapsed > ACK_DEADLINE_MS) {
    return refuse(
      apiError(404, 10062, 'Unknown interaction'),
      `late acknowledgement of ${interaction.describe()}: ${elapsed} ms after dispatch (limit ${ACK_DEADLINE_MS} ms)`,
    );
  }
  const type = Number(body?.type);
  const data = body?.data ?? {};
  if (!ALLOWED[interaction.kind].includes(type)) {
    return refuseForm([
      {
        path: ['type'],
        code: 'INTERACTION_RESPONSE_TYPE_INVALID',
        message: `callback type ${type} is not allowed for a ${interaction.kind} interaction`,
      },
    ]);
  }
  let message: FakeMessage | undefined;
  if (type === Callback.ChannelMessageWithSource) {
    const created = respond(ctx, interaction, data, files, replyType(interaction));
    if (isRefusal(created)) return created;
    message = created;
  } else if (type === Callback.DeferredChannelMessageWithSource) {
    // The "thinking…" message exists (and is visible) until the bot edits it.
    message = ctx.messages.create({
      channelId: interaction.channelId,
      guildId: ctx.world.guildId,
      author: ctx.world.bot,
      webhookId: ctx.world.applicationId,
      type: replyType(interaction),
      flags: LOADING | (Number(data.flags ?? 0) & EPHEMERAL),
      interaction: interactionOf(interaction),
    });
    ctx.dispatchMessage('MESSAGE_CREATE', message);
  } else if (type === Callback.DeferredMessageUpdate || type === Callback.UpdateMessage) {
    message = ctx.messages.get(interaction.targetMessageId ?? '');
    if (!message) return refuse(apiError(404, 10008, 'Unknown Message'), 'the component message is gone');
    if (type === Callback.UpdateMessage) {
      const refused = applyEditBody(ctx, message, data, files);
      if (refused) return refused;
      ctx.dispatchMessage('MESSAGE_UPDATE', message);
    }
  } else if (type === Callback.ApplicationCommandAutocompleteResult) {
    const problems = checkChoices(data);
    if (problems.length) return refuseForm(problems);
  }
  interaction.responses.push({ type, data: body?.data, at: ctx.clock.now() });
  interaction.originalId = message?.id;
  interaction.answered = type === Callback.ChannelMessageWithSource || type === Callback.UpdateMessage;
  if (!withResponse) return noContent();
  return ok({
    interaction: {
      id: interaction.id,
      type: INTERACTION_TYPE[interaction.kind],
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: (message.flags & LOADING) !== 0,
            response_message_ephemeral: message.ephemeral,
          }
        : {}),
    },
    resource: { type, ...(message ? { message: ctx.apiMessage(message) } : {}) },
  });
}

/** POST /interactions/{id}/{token}/callback needs no Authorization (notes §3). */
export const callbackRoute: Route = {
  method: 'POST',
  pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
  bot: false,
  handle: (req, ctx) =>
    callback(ctx, req.params[0], req.params[1], req.body, req.files, req.query.get('with_response') === 'true'),
};
