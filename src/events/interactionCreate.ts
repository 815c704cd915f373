import { Events, type Interaction } from 'discord.js';
import { failureReply, t } from '../discord/i18n/index.js';
import { replyPrivately } from '../discord/respond.js';
import type { BotContext, BotEvent, Command } from '../discord/types.js';
import { isFailure } from '../services/errors.js';

/** Which command module an interaction belongs to (components carry it as their custom id prefix). */
function commandFor(interaction: Interaction, context: BotContext): Command | undefined {
  if (interaction.isCommand() || interaction.isAutocomplete()) return context.commands.get(interaction.commandName);
  if (interaction.isMessageComponent()) return context.commands.get(interaction.customId.split(':')[0] ?? '');
  return undefined;
}

/**
 * Routes every interaction to its command inside one error boundary, the one place a thrown
 * FailureError becomes the member's words (privately, in their language); bugs are logged and apologised for, never a stack trace.
 */
export const event: BotEvent<Events.InteractionCreate> = {
  name: Events.InteractionCreate,
  async execute(context, interaction) {
    const command = commandFor(interaction, context);
    const logFields = {
      interaction_type: interaction.type,
      command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
      custom_id: interaction.isMessageComponent() ? interaction.customId : undefined,
      user_id: interaction.user.id,
      guild_id: interaction.guildId,
      channel_id: interaction.channelId,
    };
    if (!command) {
      context.services.logger.warn('interaction for an unknown command', logFields);
      if (interaction.isRepliable())
        await replyPrivately(interaction, t(interaction.locale, 'unknownCommand')).catch(() => undefined);
      return;
    }
    try {
      if (interaction.isAutocomplete()) await command.autocomplete?.(interaction, context);
      else if (interaction.isMessageComponent()) await command.handleComponent?.(interaction, context);
      else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
        await command.execute(interaction, context);
    } catch (error) {
      // An expected failure (a bad link, a site that is down) is told to the member in its own words;
      // anything else is a bug: logged with context, and the member gets an apology.
      const expected = isFailure(error);
      if (expected) context.services.logger.debug('command refused', { ...logFields, kind: error.kind });
      else context.services.logger.error('command failed', { ...logFields, error });
      if (interaction.isRepliable()) {
        const words = expected ? failureReply(interaction.locale, error) : t(interaction.locale, 'apology');
        await replyPrivately(interaction, words).catch((replyError: unknown) =>
          context.services.logger.warn('could not send the answer to a failed command', {
            ...logFields,
            error: replyError,
          }),
        );
      }
    }
  },
};

export const { name, execute } = event;
