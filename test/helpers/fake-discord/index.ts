/**
 * A loopback fake of Discord (REST under /api/v10, gateway at /gateway) for end-to-end tests with
 * the unmodified discord.js client. Spec and sources: shared/notes/discord-fake.md.
 *
 *   const fake = await startFakeDiscord();
 *   const { client } = await loginTestClient(fake);            // or new Client(fake.clientOptions())
 *   const run = fake.slashCommand('article', { url });          // INTERACTION_CREATE
 *   const reply = await run.reply();                            // waits for the bot's final answer
 *   assert.deepEqual(fake.violations, []);                      // no Discord rule broken
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayIntentBits } from 'discord.js';
import type { FakeDiscord, FakeDiscordOptions } from './api.js';
import { createCdn } from './cdn.js';
import { deleteWebhook } from './channel-webhooks.js';
import { createFakeClock, type FakeClock } from './clock.js';
import type { FakeContext } from './context.js';
import { createDrivers } from './drivers.js';
import { createFaults } from './faults.js';
import { createGateway } from './gateway.js';
import { writeResponse } from './http.js';
import type { InteractionRecord } from './interactions.js';
import { createMessageStore } from './messages.js';
import { apiMessage, apiRole, hasMessageContent, withoutContent } from './payloads.js';
import { createRestHandler, type RecordedRequest } from './rest.js';
import { appRoutes } from './rest-app.js';
import { callbackRoute } from './rest-callback.js';
import { channelRoutes } from './rest-channels.js';
import { threadRoutes } from './rest-threads.js';
import { webhookRoutes } from './rest-webhooks.js';
import { createSnowflakes, opaqueToken } from './snowflake.js';
import { createWaiters } from './waiters.js';
import { createWorld } from './world.js';

export type { FakeDiscord, FakeDiscordOptions } from './api.js';
export type { FakeWebhook } from './channel-webhooks.js';
export { loginTestClient, type TestClient } from './client.js';
export type { FakeClock } from './clock.js';
export { createFakeClock } from './clock.js';
export type { ActorOptions, UserMessageOptions } from './drivers.js';
export type { FaultMatch, FaultResponse } from './faults.js';
export type { FakeGateway, PrivilegedIntents } from './gateway.js';
export type { OptionInput, OptionValue } from './interaction-payloads.js';
export type { FakeInteraction, InteractionResponse } from './interactions.js';
export type { FakeMessage } from './messages.js';
export type { RecordedRequest } from './rest.js';
export type { FakeChannel, FakeUser, NewMember } from './world.js';
export { FORUM_TAG_NAMES } from './world.js';

/** Starts a fake on 127.0.0.1 with a random port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const baseClock = options.clock ?? createFakeClock();
  const waiters = createWaiters();
  const clock: FakeClock = { now: () => baseClock.now(), advance: (ms) => (baseClock.advance(ms), waiters.notify()) };
  const nextId = createSnowflakes(clock.now);
  const world = createWorld(nextId, clock.now(), options);
  const token = `${Buffer.from(world.bot.id).toString('base64url')}.fake.${opaqueToken('bot-token')}`;
  const messages = createMessageStore(nextId, clock.now);
  const [requests, violations]: [RecordedRequest[], string[]] = [[], []];
  const faults = createFaults();
  // Known once the server listens (below); the gateway and GET /gateway/bot read it later.
  let origin = '';
  const gatewayUrl = () => `${origin.replace('http', 'ws')}/gateway`;
  const cdn = createCdn(() => origin, nextId);
  const gateway = createGateway({
    world,
    token,
    url: gatewayUrl,
    privileged: options.privilegedIntents ?? {},
    notify: waiters.notify,
  });
  const ctx: FakeContext = {
    world,
    clock,
    token,
    nextId,
    messages,
    cdn,
    interactions: new Map<string, InteractionRecord>(),
    webhooks: new Map(),
    commands: { global: [], guild: {} },
    messageContentAllowed: options.privilegedIntents?.messageContent !== false,
    get gatewayUrl() {
      return gatewayUrl();
    },
    apiMessage: (message) => apiMessage(message, world, messages.get),
    dispatchChannel(event, channel) {
      gateway.send(
        event,
        (session) =>
          (session.intents & GatewayIntentBits.Guilds) === 0 ? undefined : { ...channel, newly_created: true },
        { required: false, guildId: world.guildId },
      );
    },
    dispatchMessage(event, message) {
      if (message.ephemeral) return;
      gateway.send(
        event,
        (session) => {
          // Guild message events need GUILD_MESSAGES (1 << 9).
          if ((session.intents & GatewayIntentBits.GuildMessages) === 0) return undefined;
          if (event === 'MESSAGE_DELETE')
            return { id: message.id, channel_id: message.channelId, guild_id: message.guildId };
          return withoutContent(ctx.apiMessage(message), world.bot.id, hasMessageContent(session.intents));
        },
        { required: false, guildId: message.guildId },
      );
    },
  };
  const handle = createRestHandler(
    ctx,
    [...appRoutes, ...channelRoutes, ...threadRoutes, callbackRoute, ...webhookRoutes],
    faults,
    requests,
    violations,
    waiters.notify,
  );
  const server = createServer((req, res) => {
    if (cdn.serve(req, res)) return;
    handle(req, res).catch((error: Error) => {
      violations.push(`fake-discord crashed on ${req.method} ${req.url}: ${error.stack}`);
      if (!res.headersSent) writeResponse(res, 500, { message: '500: fake-discord crashed', code: 0 });
    });
  });
  server.on('upgrade', gateway.handleUpgrade);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const drivers = createDrivers(ctx, gateway, waiters);

  return {
    apiBase: `${origin}/api`,
    gatewayUrl: gatewayUrl(),
    token,
    applicationId: world.applicationId,
    botUserId: world.bot.id,
    guildId: world.guildId,
    channels: world.channels,
    users: world.users,
    bot: world.bot,
    clientOptions: (extra = {}) => ({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
      waitGuildTimeout: 1000,
      ...extra,
      // A test never waits out a long rate limit: @discordjs/rest throws RateLimitError instead (notes §3.3).
      rest: {
        api: `${origin}/api`,
        cdn: `${origin}/cdn`,
        mediaProxy: `${origin}/media`,
        rejectOnRateLimit: (limit) => limit.retryAfter > 2000,
        ...extra.rest,
      },
    }),
    addMember: world.addMember,
    addRole(role) {
      const added = world.addRole(role);
      // Connected clients learn of it as on Discord (DOCS events/gateway-events.mdx "Guild Role Create").
      gateway.send(
        'GUILD_ROLE_CREATE',
        () => ({ guild_id: world.guildId, role: apiRole(added, world.roles.length - 1) }),
        { required: false, guildId: world.guildId },
      );
      return added;
    },
    upload: (file) => cdn.add(`ephemeral-attachments/${world.applicationId}`, file).id,
    file: (id) => cdn.get(id),
    ...drivers,
    messages: messages.list,
    botPosts: (channelId) =>
      messages.list(channelId).filter((message) => message.author.id === world.bot.id && !message.interaction),
    message: messages.get,
    webhooks: (channelId) => [...ctx.webhooks.values()].filter((hook) => hook.channelId === channelId && !hook.deleted),
    deleteWebhook: (id) => {
      deleteWebhook(ctx, id);
    },
    threads: (parentId) => world.threads.filter((thread) => !parentId || thread.parentId === parentId),
    requests,
    get commands() {
      return ctx.commands;
    },
    violations,
    waitFor: waiters.waitFor,
    failNext: faults.add,
    clock,
    gateway,
    async close() {
      waiters.cancelAll('fake-discord closed');
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
