import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Client,
  ClientEvents,
  MessageComponentInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Services } from '../create-services.js';

/** What commands and events get instead of reaching for globals: the services, built once. */
export interface BotContext {
  client: Client;
  services: Services;
  commands: Map<string, Command>;
}

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/**
 * A command module (`src/commands/*.ts`): `data` is a builder (or anything with `toJSON()`),
 * `execute` runs it. Buttons and other components whose custom id starts with `<name>:` come to
 * `handleComponent`; autocomplete to `autocomplete`.
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(interaction: CommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
  handleComponent?(interaction: MessageComponentInteraction, context: BotContext): Promise<void>;
}

/** An event module (`src/events/*.ts`). */
export interface BotEvent<K extends keyof ClientEvents = keyof ClientEvents> {
  name: K;
  once?: boolean;
  execute(context: BotContext, ...args: ClientEvents[K]): Promise<void> | void;
}
