import { InteractionResponseType as Callback, InteractionType, MessageType } from 'discord.js';
import type { FakeContext } from './context.js';
import type { UploadedFile } from './http.js';
import type { InteractionKind, InteractionRecord } from './interactions.js';
import { isRefusal, messageFromBody } from './message-bodies.js';
import type { FakeMessage, MessageInteraction } from './messages.js';
import type { RestResponse } from './rest.js';

/** Initial response deadline and token lifetime (DOCS interactions/receiving-and-responding.mdx:351,432). */
export const ACK_DEADLINE_MS = 3000;
/** How long follow-ups and @original edits are accepted after the dispatch. */
export const TOKEN_LIFETIME_MS = 15 * 60_000;

/** Callback types each interaction kind accepts (DOCS receiving-and-responding.mdx "Interaction Callback Type"). */
export const ALLOWED: Record<InteractionKind, number[]> = {
  command: [Callback.ChannelMessageWithSource, Callback.DeferredChannelMessageWithSource, Callback.Modal],
  messageCommand: [Callback.ChannelMessageWithSource, Callback.DeferredChannelMessageWithSource, Callback.Modal],
  component: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
    Callback.Modal,
  ],
  autocomplete: [Callback.ApplicationCommandAutocompleteResult],
};

/** The `type` field of INTERACTION_CREATE for each kind. */
export const INTERACTION_TYPE: Record<InteractionKind, number> = {
  command: InteractionType.ApplicationCommand,
  messageCommand: InteractionType.ApplicationCommand,
  component: InteractionType.MessageComponent,
  autocomplete: InteractionType.ApplicationCommandAutocomplete,
};

/** The interaction a response message records (`interaction_metadata` in the API). */
export function interactionOf(interaction: InteractionRecord): MessageInteraction {
  const commandType = interaction.kind === 'command' ? 1 : interaction.kind === 'messageCommand' ? 3 : undefined;
  return {
    id: interaction.id,
    type: INTERACTION_TYPE[interaction.kind],
    name: interaction.name,
    user: interaction.user,
    ...(commandType ? { commandType } : {}),
  };
}

/** A message the bot sends through an interaction (reply or follow-up): authored by the bot, via the application's webhook. */
export function respond(
  ctx: FakeContext,
  interaction: InteractionRecord,
  body: any,
  files: UploadedFile[],
  type: number,
  extraFlags = 0,
): FakeMessage | RestResponse {
  const fields = messageFromBody(ctx, body, files, {
    channelId: interaction.channelId,
    guildId: ctx.world.guildId,
    author: ctx.world.bot,
    webhookId: ctx.world.applicationId,
    type,
    flags: extraFlags,
    interaction: interactionOf(interaction),
  });
  if (isRefusal(fields)) return fields;
  const message = ctx.messages.create(fields);
  ctx.dispatchMessage('MESSAGE_CREATE', message);
  return message;
}

export const replyType = (interaction: InteractionRecord) =>
  interaction.kind === 'command'
    ? MessageType.ChatInputCommand
    : interaction.kind === 'messageCommand'
      ? MessageType.ContextMenuCommand
      : MessageType.Default;
