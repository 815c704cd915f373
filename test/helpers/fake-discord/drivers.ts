import {
  type APIEmbed,
  ApplicationCommandType,
  MessageType,
  ApplicationCommandOptionType as OptionType,
} from 'discord.js';
import type { FakeContext } from './context.js';
import type { GatewayServer } from './gateway.js';
import { INTERACTION_TYPE } from './interaction-messages.js';
import {
  commandOptions,
  findComponent,
  interactionBase,
  type OptionInput,
  type OptionValue,
} from './interaction-payloads.js';
import { type FakeInteraction, type InteractionKind, InteractionRecord } from './interactions.js';
import type { FakeMessage } from './messages.js';
import { opaqueToken } from './snowflake.js';
import type { Waiters } from './waiters.js';
import type { FakeUser } from './world.js';

/** The command a typed line like "feed add" names: its first word. */
const commandName = (line: string): string => line.trim().split(/\s+/)[0] ?? '';

/** Who acts and where (default: the plain member, in #general). */
export interface ActorOptions {
  user?: FakeUser;
  channelId?: string;
  /**
   * The member's client language and the server's preferred locale, the interaction's `locale`
   * and `guild_locale` (Discord docs, Interaction Object); default `en-US` for both.
   */
  locale?: string;
  guildLocale?: string;
}

/** A message posted by someone other than the bot under test. */
export interface UserMessageOptions {
  content: string;
  channelId?: string;
  /** Author (default: the plain member). */
  user?: FakeUser;
  /** Post as another bot account. */
  bot?: boolean;
  /** Post through a webhook with this id (author is the webhook, `webhook_id` is set). */
  webhookId?: string;
  embeds?: APIEmbed[];
  /** Make it a reply to this message (`message_reference`, type 19). */
  replyTo?: FakeMessage;
}

/** The test's hands: users invoking commands, clicking, typing and posting. */
export function createDrivers(ctx: FakeContext, gateway: GatewayServer, waiters: Waiters) {
  const { world } = ctx;
  let otherBot: FakeUser | undefined;

  const channelOf = (channelId: string | undefined, fallback: string) => {
    const id = channelId ?? fallback;
    if (!world.channel(id)) throw new Error(`fake-discord: unknown channel ${id}`);
    return id;
  };

  /** Registers the interaction and sends INTERACTION_CREATE; the 3 s clock starts now. */
  function dispatch(
    kind: InteractionKind,
    name: string,
    actor: ActorOptions,
    defaultChannel: string,
    build: (base: ReturnType<typeof interactionBase>) => object,
    targetMessageId?: string,
  ): FakeInteraction {
    const id = ctx.nextId();
    const user = actor.user ?? world.users.member;
    const channelId = channelOf(actor.channelId, defaultChannel);
    const record = new InteractionRecord(
      id,
      opaqueToken(`interaction:${id}`),
      kind,
      name,
      user,
      channelId,
      ctx.clock.now(),
      ctx.messages.get,
      waiters,
      targetMessageId,
    );
    const payload = build(
      interactionBase(world, {
        id,
        token: record.token,
        type: INTERACTION_TYPE[kind],
        user,
        channelId,
        locale: actor.locale,
        guildLocale: actor.guildLocale,
      }),
    );
    ctx.interactions.set(id, record);
    try {
      gateway.send('INTERACTION_CREATE', () => payload, { required: true, guildId: world.guildId });
    } catch (error) {
      ctx.interactions.delete(id);
      throw error;
    }
    return record;
  }

  const registered = (name: string, type: number) =>
    [...(ctx.commands.guild[world.guildId] ?? []), ...ctx.commands.global].find(
      (c) => c.name === name && c.type === type,
    );

  function commandData(name: string, input: OptionInput, focused?: string) {
    const path = name.trim().split(/\s+/);
    const command = registered(commandName(name), ApplicationCommandType.ChatInput);
    const { options, resolved } = commandOptions(world, path, input, command, ctx.cdn.apiAttachment);
    if (focused !== undefined) {
      let level = options as any[];
      while (level[0] && (level[0].type === OptionType.Subcommand || level[0].type === OptionType.SubcommandGroup))
        level = level[0].options;
      const option = level.find((o) => o.name === focused);
      if (!option) throw new Error(`fake-discord: autocomplete option ${focused} is not among the options given`);
      option.focused = true;
    }
    return {
      id: command?.id ?? ctx.nextId(),
      name: path[0],
      type: ApplicationCommandType.ChatInput,
      options,
      ...(resolved ? { resolved } : {}),
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    };
  }

  function component(message: FakeMessage, customId: string, actor: ActorOptions): FakeInteraction {
    const found = findComponent(message.components, customId);
    if (!found || message.deleted) throw new Error(`fake-discord: no component ${customId} on message ${message.id}`);
    if (found.disabled) throw new Error(`fake-discord: component ${customId} is disabled; a user cannot use it`);
    const data = { custom_id: customId, component_type: found.type };
    return dispatch(
      'component',
      customId,
      actor,
      message.channelId,
      (base) => ({ ...base, channel_id: message.channelId, message: ctx.apiMessage(message), data }),
      message.id,
    );
  }

  return {
    slashCommand: (name: string, options: OptionInput = {}, actor: ActorOptions = {}) =>
      dispatch('command', commandName(name), actor, world.channels.general, (base) => ({
        ...base,
        data: commandData(name, options),
      })),

    autocomplete: (name: string, options: Record<string, OptionValue>, focused: string, actor: ActorOptions = {}) =>
      dispatch('autocomplete', commandName(name), actor, world.channels.general, (base) => ({
        ...base,
        data: commandData(name, options, focused),
      })),

    // Context-menu targets carry full content even without MESSAGE_CONTENT (DOCS events/gateway.mdx:495-499).
    messageCommand: (name: string, target: FakeMessage, actor: ActorOptions = {}) =>
      dispatch('messageCommand', name, actor, target.channelId, (base) => ({
        ...base,
        data: {
          id: registered(name, ApplicationCommandType.Message)?.id ?? ctx.nextId(),
          name,
          type: ApplicationCommandType.Message,
          target_id: target.id,
          resolved: { messages: { [target.id]: ctx.apiMessage(target) } },
        },
      })),

    buttonClick: (message: FakeMessage, customId: string, actor: ActorOptions = {}) =>
      component(message, customId, actor),

    userMessage(options: UserMessageOptions): FakeMessage {
      const channelId = channelOf(options.channelId, world.channels.general);
      const author: FakeUser = options.webhookId
        ? {
            id: options.webhookId,
            username: 'Feed Webhook',
            globalName: 'Feed Webhook',
            bot: true,
            roles: [],
            permissions: 0n,
          }
        : (options.user ??
          (options.bot ? (otherBot ??= world.addMember({ username: 'otherbot', bot: true })) : world.users.member));
      const message = ctx.messages.create({
        channelId,
        guildId: world.guildId,
        author,
        type: options.replyTo ? MessageType.Reply : MessageType.Default,
        content: options.content,
        embeds: options.embeds ?? [],
        ...(options.webhookId ? { webhookId: options.webhookId } : {}),
        ...(options.replyTo
          ? {
              messageReference: {
                message_id: options.replyTo.id,
                channel_id: options.replyTo.channelId,
                guild_id: world.guildId,
              },
            }
          : {}),
      });
      ctx.dispatchMessage('MESSAGE_CREATE', message);
      return message;
    },
  };
}
