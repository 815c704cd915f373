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
import type { Cooldown } from '../services/cooldown.js';
import type { SharedLinkStores } from '../services/shared-links/stores.js';

/** What commands and events get instead of reaching for globals: the services, built once. */
export interface BotContext {
  client: Client;
  services: Services;
  commands: Map<string, Command>;
  /** Per-member limit on article requests. */
  articleCooldown: Cooldown;
  /** Per-channel limit on auto-summary cards for shared links. */
  linkCooldown: Cooldown;
  /** Auto-summary settings, links summarized per channel and pending "Post to channel" posts. */
  sharedLinks: SharedLinkStores;
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
