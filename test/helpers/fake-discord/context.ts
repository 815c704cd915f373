import type { APIMessage } from 'discord.js';
import type { Cdn } from './cdn.js';
import type { FakeWebhook } from './channel-webhooks.js';
import type { FakeClock } from './clock.js';
import type { InteractionRecord } from './interactions.js';
import type { FakeMessage, MessageStore } from './messages.js';
import type { World } from './world.js';

/** Commands registered through PUT/POST, as the fake echoed them back (with ids). */
export interface RegisteredCommands {
  global: any[];
  guild: Record<string, any[]>;
}

/** Gateway events the REST side causes. */
export type MessageEvent = 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE';

/** The state every part of the fake shares (internal). */
export interface FakeContext {
  world: World;
  clock: FakeClock;
  token: string;
  nextId: () => string;
  messages: MessageStore;
  /** Files served at /cdn: message uploads and files attached to slash commands. */
  cdn: Cdn;
  interactions: Map<string, InteractionRecord>;
  /** Channel webhooks by id (deleted ones stay, flagged, so executing them is Unknown Webhook). */
  webhooks: Map<string, FakeWebhook>;
  commands: RegisteredCommands;
  /** Whether MESSAGE_CONTENT is enabled for the app "in the developer portal" (REST reads are blanked otherwise). */
  messageContentAllowed: boolean;
  /** The ws URL clients connect to (GET /gateway/bot and READY's resume_gateway_url). */
  gatewayUrl: string;
  /** Full message object, with referenced messages resolved. */
  apiMessage(message: FakeMessage): APIMessage & { guild_id: string };
  /** Tells connected clients about a message change (skipped for ephemeral messages and clients without the intent). */
  dispatchMessage(event: MessageEvent, message: FakeMessage): void;
  /** Tells connected clients about a new channel or thread (THREAD_CREATE needs GUILDS). */
  dispatchChannel(event: 'THREAD_CREATE', channel: object): void;
}
