import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { constants, createInflate } from 'node:zlib';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  type ClientEvents,
  type ClientOptions,
  type DiscordAPIError,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  RateLimitError,
  Routes,
  type TextChannel,
} from 'discord.js';
import { WebSocket } from 'ws';
import { loginTestClient } from './fake-discord/client.js';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from './fake-discord/index.js';

/** A fake plus a real discord.js Client logged in to it; both are torn down after the test. */
async function setup(t: TestContext, options: FakeDiscordOptions = {}, clientOptions: Partial<ClientOptions> = {}) {
  const fake = await startFakeDiscord(options);
  let client: Client | undefined;
  t.after(async () => {
    await client?.destroy();
    await fake.close();
  });
  const login = await loginTestClient(fake, clientOptions);
  client = login.client;
  return { fake, client, errors: login.errors };
}

/** The next `event` the client emits that `accept` likes (first argument). */
function next<K extends keyof ClientEvents>(
  client: Client,
  event: K,
  accept: (first: ClientEvents[K][0]) => boolean = () => true,
): Promise<ClientEvents[K][0]> {
  return new Promise((resolve) => {
    const listener = (...args: ClientEvents[K]) => {
      if (!accept(args[0])) return;
      client.off(event, listener);
      resolve(args[0]);
    };
    client.on(event, listener);
  });
}

async function nextChatInput(client: Client) {
  const interaction = await next(client, 'interactionCreate');
  assert.ok(interaction.isChatInputCommand(), 'expected a chat input command');
  return interaction;
}

const channel = (client: Client, id: string) => client.channels.cache.get(id) as TextChannel;
const statuses = (fake: FakeDiscord, path: RegExp) =>
  fake.requests.filter((r) => path.test(r.path)).map((r) => r.status);
const MESSAGES_PATH = /^\/channels\/\d+\/messages$/;

describe('fake Discord with the real discord.js client', { timeout: 15_000 }, () => {
  it('logs in: READY and GUILD_CREATE make the guild, its channels and the bot member available', async (t) => {
    const { fake, client } = await setup(t);
    assert.equal(client.user?.id, fake.botUserId);
    assert.equal(client.application?.id, fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    assert.equal(guild?.available, true);
    assert.ok(channel(client, fake.channels.news).isTextBased());
    assert.ok(guild?.members.me?.permissions.has(PermissionFlagsBits.ManageMessages));
    assert.deepEqual(fake.gateway.connectUrls, ['/gateway?v=10&encoding=json']);
    assert.equal(
      fake.gateway.identifies[0].intents,
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
    assert.deepEqual(
      fake.requests.map((r) => [r.method, r.path, r.auth, r.status]),
      [['GET', '/gateway/bot', true, 200]],
    );
    assert.deepEqual(fake.violations, []);
  });

  it('refuses a wrong token: login() rejects', async (t) => {
    const fake = await startFakeDiscord();
    const client = new Client(fake.clientOptions());
    t.after(async () => {
      await client.destroy();
      await fake.close();
    });
    await assert.rejects(client.login('not-the-token'), /invalid token/i);
    assert.match(fake.violations.join('\n'), /GET \/gateway\/bot → 401/);
  });

  it('delivers a slash command with typed options and the member permissions', async (t) => {
    const { fake, client } = await setup(t);
    await client.application!.commands.set([
      {
        name: 'article',
        description: 'Summarize an article',
        options: [
          { name: 'url', description: 'Link', type: 3, required: true },
          { name: 'count', description: 'How many', type: 10 },
        ],
      },
    ]);
    for (const [who, user, canManage] of [
      ['admin', fake.users.admin, true],
      ['member', fake.users.member, false],
    ] as const) {
      const received = nextChatInput(client);
      const sent = fake.slashCommand('article', { url: 'https://example.com/a', count: 3 }, { user });
      const interaction = await received;
      assert.equal(interaction.commandName, 'article');
      assert.equal(interaction.commandId, fake.commands.global[0].id);
      assert.equal(interaction.options.getString('url'), 'https://example.com/a');
      // Registered as NUMBER, so getNumber works for an integral value (the type comes from the registration).
      assert.equal(interaction.options.getNumber('count'), 3);
      assert.equal(interaction.user.id, user.id, who);
      assert.equal(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild), canManage, who);
      assert.equal(interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages), canManage, who);
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
      assert.equal((await sent.reply()).content, 'ok');
      assert.equal(sent.ephemeral(), true);
    }
    assert.deepEqual(fake.messages(), [], 'ephemeral replies are not channel messages');
    assert.ok(
      fake.requests.filter((r) => r.path.includes('/callback')).every((r) => !r.auth),
      'callbacks carry no Authorization',
    );
    assert.deepEqual(fake.violations, []);
  });

  it('builds subcommand options from "group sub" names', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    fake.slashCommand('feed add', { url: 'https://example.com/feed.xml' });
    const interaction = await received;
    assert.equal(interaction.options.getSubcommand(), 'add');
    assert.equal(interaction.options.getString('url'), 'https://example.com/feed.xml');
    await interaction.reply('added');
  });

  it('treats deferReply + editReply as the final reply, not the loading message', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    const sent = fake.slashCommand('article', { url: 'https://example.com/a' });
    const interaction = await received;
    await interaction.deferReply();
    assert.ok(sent.original()!.flags & MessageFlags.Loading, 'the loading message exists');
    let final = false;
    const reply = sent.reply().then((message) => ((final = true), message));
    await interaction.editReply({ content: 'Summary', embeds: [{ title: 'A title', description: 'Body' }] });
    const message = await reply;
    assert.ok(final);
    assert.equal(message.content, 'Summary');
    assert.equal(message.embeds[0]!.title, 'A title');
    assert.equal(message.flags & MessageFlags.Loading, 0);
    assert.equal(message.interaction?.id, sent.id);
    assert.deepEqual(
      fake.messages(fake.channels.general).map((m) => m.id),
      [message.id],
    );
    assert.deepEqual(fake.violations, []);
  });

  it('turns the first follow-up after a deferral into the reply and later ones into new messages', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    const sent = fake.slashCommand('article', { url: 'https://example.com/a' });
    const interaction = await received;
    await interaction.deferReply();
    await interaction.followUp('first');
    await interaction.followUp('second');
    assert.equal((await sent.reply()).content, 'first');
    assert.deepEqual(
      sent.followUps.map((m) => m.content),
      ['second'],
    );
    assert.deepEqual(
      fake.messages().map((m) => m.content),
      ['first', 'second'],
    );
    await interaction.deleteReply();
    assert.deepEqual(
      fake.messages().map((m) => m.content),
      ['second'],
    );
    assert.deepEqual(fake.violations, []);
  });

  for (const [elapsed, accepted] of [
    [3000, true],
    [3001, false],
  ] as const) {
    it(`${accepted ? 'accepts' : 'refuses with 10062'} an acknowledgement ${elapsed} ms after dispatch (fake clock)`, async (t) => {
      const { fake, client } = await setup(t);
      const received = nextChatInput(client);
      const sent = fake.slashCommand('article');
      const interaction = await received;
      fake.clock.advance(elapsed);
      if (accepted) {
        await interaction.reply('in time');
        assert.deepEqual(fake.violations, []);
      } else {
        await assert.rejects(
          interaction.reply('too late'),
          (error: DiscordAPIError) => error.code === 10062 && error.status === 404,
        );
        assert.equal(sent.responses.length, 0);
        assert.match(fake.violations.join('\n'), /late acknowledgement of interaction \d+ \(\/article\): 3001 ms/);
      }
    });
  }

  it('refuses a second acknowledgement with 40060 (raw REST: discord.js guards it client-side)', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    const sent = fake.slashCommand('article');
    const interaction = await received;
    await interaction.reply('once');
    await assert.rejects(
      client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'twice' } },
        auth: false,
      }),
      (error: DiscordAPIError) => error.code === 40060 && error.status === 400,
    );
    assert.equal(sent.responses.length, 1);
    assert.match(fake.violations.join('\n'), /second acknowledgement/);
  });

  it('refuses editing @original before any acknowledgement', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    fake.slashCommand('article');
    const interaction = await received;
    await assert.rejects(
      client.rest.patch(Routes.webhookMessage(fake.applicationId, interaction.token, '@original'), {
        body: { content: 'early' },
        auth: false,
      }),
      (error: DiscordAPIError) => error.code === 10015,
    );
    assert.match(fake.violations.join('\n'), /before it was acknowledged/);
  });

  it('expires the interaction token 15 minutes after dispatch', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    fake.slashCommand('article');
    const interaction = await received;
    await interaction.deferReply();
    fake.clock.advance(15 * 60_000 + 1);
    await assert.rejects(
      interaction.editReply('too late'),
      (error: DiscordAPIError) => error.code === 50027 && error.status === 401,
    );
    assert.match(fake.violations.join('\n'), /lifetime 15 min/);
  });

  const oversized: [string, object][] = [
    ['content over 2000', { content: 'x'.repeat(2001) }],
    ['title over 256', { embeds: [{ title: 't'.repeat(257) }] }],
    ['description over 4096', { embeds: [{ description: 'd'.repeat(4097) }] }],
    ['field value over 1024', { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] }],
    ['26 fields', { embeds: [{ fields: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: 'v' })) }] }],
    ['footer over 2048', { embeds: [{ footer: { text: 'f'.repeat(2049) } }] }],
    ['author over 256', { embeds: [{ author: { name: 'a'.repeat(257) } }] }],
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) }],
    [
      '6001 characters across embeds',
      { embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] },
    ],
    [
      'parse users together with a users list',
      { content: 'hi', allowedMentions: { parse: ['users'], users: ['123456789012345678'] } },
    ],
    ['a nonce over 25 characters', { content: 'hi', nonce: 'n'.repeat(26) }],
  ];
  it('refuses messages over the limits with 50035 and stores nothing', async (t) => {
    const { fake, client } = await setup(t);
    for (const [name, options] of oversized) {
      await assert.rejects(
        channel(client, fake.channels.general).send(options),
        (error: DiscordAPIError) => error.code === 50035 && error.status === 400,
        name,
      );
    }
    await assert.rejects(
      client.rest.post(Routes.channelMessages(fake.channels.general), { body: { content: '  ' } }),
      (error: DiscordAPIError) => error.code === 50006,
    );
    assert.deepEqual(fake.messages(), []);
    assert.equal(fake.violations.length, oversized.length + 1);
  });

  it('accepts a message exactly at the limits', async (t) => {
    const { fake, client } = await setup(t);
    // 256 + 4096 + 1000 + 256 + 256 + 136 = 6000 characters across both embeds.
    const embeds = [
      { title: 't'.repeat(256), description: 'd'.repeat(4096) },
      {
        footer: { text: 'f'.repeat(1000) },
        author: { name: 'a'.repeat(256) },
        fields: [{ name: 'n'.repeat(256), value: 'v'.repeat(136) }],
      },
    ];
    await channel(client, fake.channels.general).send({ content: 'x'.repeat(2000), embeds, nonce: 'n'.repeat(25) });
    await channel(client, fake.channels.general).send({
      embeds: [{ fields: Array.from({ length: 25 }, (_, i) => ({ name: `n${i}`, value: 'v'.repeat(200) })) }],
    });
    assert.equal(fake.messages().length, 2);
    assert.deepEqual(fake.violations, []);
  });

  it('collapses a repeated nonce with enforce_nonce and keeps both without it', async (t) => {
    const { fake, client } = await setup(t);
    const general = channel(client, fake.channels.general);
    const first = await general.send({ content: 'card', nonce: 'item-42', enforceNonce: true });
    const again = await general.send({ content: 'card', nonce: 'item-42', enforceNonce: true });
    assert.equal(again.id, first.id);
    assert.equal(fake.messages().length, 1);
    await general.send({ content: 'card', nonce: 'item-42' });
    assert.equal(fake.messages().length, 2, 'without enforce_nonce Discord creates a new message');
    fake.clock.advance(6 * 60_000);
    const later = await general.send({ content: 'card', nonce: 'item-42', enforceNonce: true });
    assert.notEqual(later.id, first.id, 'the dedupe window is a few minutes');
    assert.equal(fake.messages()[0]!.nonce, 'item-42');
    assert.deepEqual(fake.violations, []);
  });

  for (const fault of [
    { status: 429, retryAfter: 0.05 },
    { status: 429, retryAfter: 0.05, global: true },
  ] as const) {
    it(`waits out a ${fault.global ? 'global' : 'route'} 429 (Retry-After ${fault.retryAfter}) and retries`, async (t) => {
      const { fake, client } = await setup(t);
      const limited: unknown[] = [];
      client.rest.on('rateLimited', (info) => limited.push(info));
      fake.failNext({ method: 'POST', path: MESSAGES_PATH }, fault);
      const sent = await channel(client, fake.channels.general).send('after the limit');
      assert.equal(sent.content, 'after the limit');
      assert.deepEqual(statuses(fake, MESSAGES_PATH), [429, 200]);
      assert.equal(limited.length, 1);
      assert.deepEqual(fake.violations, []);
    });
  }

  it('answers 429 with the real headers and body', async (t) => {
    const fake = await startFakeDiscord();
    t.after(() => fake.close());
    fake.failNext({ path: /^\/gateway\/bot$/ }, { status: 429, retryAfter: 1.5 });
    const response = await fetch(`${fake.apiBase}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${fake.token}` },
    });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '1.5');
    assert.equal(response.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(response.headers.get('x-ratelimit-reset-after'), '1.500');
    assert.equal(response.headers.get('x-ratelimit-scope'), 'user');
    assert.deepEqual(await response.json(), {
      message: 'You are being rate limited.',
      retry_after: 1.5,
      global: false,
      code: 0,
    });
  });

  it('rejects (RateLimitError) instead of waiting when a 429 asks for more than 2 s', async (t) => {
    const { fake, client } = await setup(t);
    fake.failNext({ method: 'POST', path: MESSAGES_PATH }, { status: 429, retryAfter: 5 });
    await assert.rejects(channel(client, fake.channels.general).send('never'), RateLimitError);
    assert.deepEqual(fake.messages(), []);
  });

  it('retries a 502 and succeeds', async (t) => {
    const { fake, client } = await setup(t);
    fake.failNext({ method: 'POST', path: MESSAGES_PATH }, { status: 502, count: 2 });
    await channel(client, fake.channels.general).send('eventually');
    assert.deepEqual(statuses(fake, MESSAGES_PATH), [502, 502, 200]);
    assert.equal(fake.messages().length, 1);
  });

  it('blanks message content for a client without MESSAGE_CONTENT, except when the bot is mentioned', async (t) => {
    const { fake, client } = await setup(
      t,
      {},
      { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] },
    );
    let received = next(client, 'messageCreate');
    fake.userMessage({ content: 'see https://example.com/a', embeds: [{ title: 'preview' }] });
    let message = await received;
    assert.equal(message.content, '');
    assert.deepEqual(message.embeds, []);
    received = next(client, 'messageCreate');
    fake.userMessage({ content: `<@${fake.botUserId}> summarize https://example.com/a` });
    message = await received;
    assert.match(message.content, /summarize/);
  });

  it('delivers content with MESSAGE_CONTENT, and no message events without GUILD_MESSAGES', async (t) => {
    const { fake, client } = await setup(t);
    const received = next(client, 'messageCreate');
    fake.userMessage({ content: 'see https://example.com/a' });
    assert.equal((await received).content, 'see https://example.com/a');

    const quiet = await setup(t, {}, { intents: [GatewayIntentBits.Guilds] });
    let seen = 0;
    quiet.client.on('messageCreate', () => (seen += 1));
    quiet.fake.userMessage({ content: 'unseen' });
    // Events arrive in order on one socket: once the later interaction is in, the message would have been too.
    const later = nextChatInput(quiet.client);
    quiet.fake.slashCommand('article');
    await (await later).reply('ok');
    assert.equal(seen, 0);
  });

  it('closes with 4014 when MESSAGE_CONTENT is requested but not enabled: login() rejects', async (t) => {
    const fake = await startFakeDiscord({ privilegedIntents: { messageContent: false } });
    t.after(() => fake.close());
    await assert.rejects(loginTestClient(fake), /disallowed intents/i);
  });

  it('delivers a message context-menu target with its content even without MESSAGE_CONTENT', async (t) => {
    const { fake, client } = await setup(
      t,
      {},
      { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] },
    );
    const target = fake.userMessage({ content: 'read https://example.com/b' });
    const received = next(client, 'interactionCreate', (i) => i.isMessageContextMenuCommand());
    const sent = fake.messageCommand('Summarize', target);
    const interaction = await received;
    assert.ok(interaction.isMessageContextMenuCommand());
    assert.equal(interaction.targetMessage.content, 'read https://example.com/b');
    await interaction.reply('summary');
    assert.equal((await sent.reply()).type, 23);
  });

  it('round-trips a button: the bot posts it, a user clicks, the bot updates the message', async (t) => {
    const { fake, client } = await setup(t);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Primary),
    );
    await channel(client, fake.channels.news).send({ content: 'card', components: [row] });
    const card = fake.messages(fake.channels.news)[0]!;
    assert.throws(() => fake.buttonClick(card, 'missing'), /no component missing/);
    const received = next(client, 'interactionCreate');
    const click = fake.buttonClick(card, 'more:1', { user: fake.users.admin });
    const interaction = await received;
    assert.ok(interaction.isButton());
    assert.equal(interaction.customId, 'more:1');
    assert.equal(interaction.message.id, card.id);
    await interaction.update({ content: 'card, expanded', components: [] });
    const updated = await click.reply();
    assert.equal(updated.id, card.id);
    assert.equal(card.content, 'card, expanded');
    assert.deepEqual(card.components, []);
    assert.deepEqual(fake.violations, []);
  });

  it('acknowledges a click with deferUpdate and lets editReply change the clicked message', async (t) => {
    const { fake, client } = await setup(t);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('refresh').setLabel('Refresh').setStyle(ButtonStyle.Secondary),
    );
    await channel(client, fake.channels.general).send({ content: 'v1', components: [row] });
    const card = fake.messages()[0]!;
    const received = next(client, 'interactionCreate');
    const click = fake.buttonClick(card, 'refresh');
    const interaction = await received;
    assert.ok(interaction.isButton());
    await interaction.deferUpdate();
    assert.equal(click.original()?.id, card.id);
    await interaction.editReply({ content: 'v2' });
    assert.equal((await click.reply()).content, 'v2');
    assert.equal(fake.messages().length, 1, 'no new message');
    assert.deepEqual(fake.violations, []);
  });

  it('answers with_response=true with the callback resource, and refuses callback types the interaction cannot take', async (t) => {
    const { fake, client } = await setup(t);
    const received = nextChatInput(client);
    fake.slashCommand('article');
    const interaction = await received;
    await assert.rejects(
      client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 7, data: { content: 'update?' } },
        auth: false,
      }),
      (error: DiscordAPIError) => error.code === 50035,
    );
    const response = await interaction.reply({ content: 'with response', withResponse: true });
    assert.equal(response.resource?.message?.content, 'with response');
    assert.equal(response.interaction.id, interaction.id);
    assert.match(fake.violations.join('\n'), /callback type 7 is not allowed for a command interaction/);
  });

  it('round-trips autocomplete and checks the choices', async (t) => {
    const { fake, client } = await setup(t);
    const received = next(client, 'interactionCreate');
    const typed = fake.autocomplete('feed remove', { feed: 'exa' }, 'feed');
    const interaction = await received;
    assert.ok(interaction.isAutocomplete());
    assert.equal(interaction.options.getFocused(), 'exa');
    await interaction.respond([{ name: 'example.com', value: 'https://example.com/feed.xml' }]);
    const answer = await typed.acknowledged();
    assert.equal(answer.type, 8);
    assert.deepEqual(answer.data.choices, [{ name: 'example.com', value: 'https://example.com/feed.xml' }]);
    assert.deepEqual(fake.violations, []);
  });

  it('echoes the bot its own posts, and marks other bots and webhooks as bots', async (t) => {
    const { fake, client } = await setup(t);
    const own = next(client, 'messageCreate');
    await channel(client, fake.channels.general).send('my card');
    assert.equal((await own).author.id, fake.botUserId);
    const fromBot = next(client, 'messageCreate');
    fake.userMessage({ content: 'beep', bot: true });
    assert.equal((await fromBot).author.bot, true);
    const fromWebhook = next(client, 'messageCreate');
    fake.userMessage({ content: 'feed item', webhookId: '1234567890123456789' });
    const webhookMessage = await fromWebhook;
    assert.equal(webhookMessage.webhookId, '1234567890123456789');
    assert.equal(webhookMessage.author.bot, true);
  });

  it('computes who a message pings from content and allowed_mentions', async (t) => {
    const { fake, client } = await setup(t);
    const general = channel(client, fake.channels.general);
    const member = fake.users.member.id;
    const cases: [string, Parameters<TextChannel['send']>[0], boolean][] = [
      ['default parse', { content: `hi <@${member}>` }, true],
      ['parse none', { content: `hi <@${member}> @everyone`, allowedMentions: { parse: [] } }, false],
      ['explicit user', { content: `hi <@${member}>`, allowedMentions: { users: [member] } }, true],
      ['everyone allowed', { content: 'hi @everyone', allowedMentions: { parse: ['everyone'] } }, true],
    ];
    for (const [name, options, pinged] of cases) {
      await general.send(options);
      assert.equal(fake.messages().at(-1)!.pinged, pinged, name);
    }
    const original = fake.userMessage({ content: 'a link' });
    const cached = await general.messages.fetch(original.id);
    await cached.reply({ content: 'summary', allowedMentions: { repliedUser: false } });
    const reply = fake.messages().at(-1)!;
    assert.equal(reply.messageReference?.message_id, original.id);
    assert.equal(reply.pinged, false);
    await cached.reply({ content: 'summary', allowedMentions: { parse: [], repliedUser: true } });
    assert.deepEqual(fake.messages().at(-1)!.mentions, [member]);
  });

  it("suppresses embeds on a member's message only with Manage Messages, and never edits its content", async (t) => {
    const { fake, client } = await setup(t);
    const posted = fake.userMessage({ content: 'https://example.com/a', embeds: [{ title: 'preview' }] });
    const message = await channel(client, fake.channels.general).messages.fetch(posted.id);
    await message.suppressEmbeds(true);
    assert.equal(posted.flags & MessageFlags.SuppressEmbeds, MessageFlags.SuppressEmbeds);
    await assert.rejects(message.edit('rewritten'), (error: DiscordAPIError) => error.code === 50005);
    assert.equal(posted.content, 'https://example.com/a');

    const limited = await setup(t, { botPermissions: 0n });
    const other = limited.fake.userMessage({ content: 'https://example.com/b' });
    const fetched = await channel(limited.client, limited.fake.channels.general).messages.fetch(other.id);
    await assert.rejects(fetched.suppressEmbeds(true), (error: DiscordAPIError) => error.code === 50013);
    assert.match(limited.fake.violations.join('\n'), /Manage Messages/);
  });

  it('stores registered global and guild commands and refuses invalid ones', async (t) => {
    const { fake, client } = await setup(t);
    await client.application!.commands.set([
      { name: 'article', description: 'Summarize' },
      { name: 'Summarize', type: 3 },
    ]);
    await client.guilds.cache.get(fake.guildId)!.commands.set([{ name: 'feed', description: 'Feeds' }]);
    assert.deepEqual(
      fake.commands.global.map((c) => [c.name, c.type]),
      [
        ['article', 1],
        ['Summarize', 3],
      ],
    );
    assert.deepEqual(
      fake.commands.guild[fake.guildId]!.map((c) => c.guild_id),
      [fake.guildId],
    );
    const firstId = fake.commands.global[0].id;
    await client.application!.commands.set([{ name: 'article', description: 'Summarize, again' }]);
    assert.equal(fake.commands.global[0].id, firstId, 'an overwrite keeps the id of a same-named command');
    await assert.rejects(
      client.application!.commands.set([{ name: 'Article', description: 'upper case' }]),
      (error: DiscordAPIError) => error.code === 50035,
    );
  });

  it('speaks zlib-stream: one deflate stream, each payload ending in a sync flush', async (t) => {
    const fake = await startFakeDiscord();
    t.after(() => fake.close());
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    t.after(() => ws.terminate());
    // One inflate context for the whole connection, as discord.js keeps with zlib-sync.
    const inflate = createInflate();
    const payloads: any[] = [];
    const waiting: { match: (p: any) => boolean; resolve: (p: any) => void }[] = [];
    const payload = (match: (p: any) => boolean) =>
      new Promise<any>((resolve) => {
        const found = payloads.find(match);
        if (found) resolve(found);
        else waiting.push({ match, resolve });
      });
    let text = '';
    inflate.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const frames: Buffer[] = [];
    ws.on('message', (frame: Buffer) => {
      frames.push(frame);
      inflate.write(frame);
      inflate.flush(constants.Z_SYNC_FLUSH, () => {
        const parsed = JSON.parse(text);
        text = '';
        payloads.push(parsed);
        waiting.filter((w) => w.match(parsed)).forEach((w) => w.resolve(parsed));
      });
    });
    await payload((p) => p.op === 10);
    ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, shard: [0, 1] } }));
    await payload((p) => p.t === 'GUILD_CREATE');
    ws.send(JSON.stringify({ op: 1, d: 2 }));
    await payload((p) => p.op === 11);
    assert.deepEqual(
      payloads.map((p) => p.t ?? p.op),
      [10, 'READY', 'GUILD_CREATE', 11],
    );
    assert.deepEqual(
      payloads.filter((p) => p.op === 0).map((p) => p.s),
      [1, 2],
    );
    assert.ok(
      frames.every((frame) => frame.subarray(-4).equals(Buffer.from([0, 0, 0xff, 0xff]))),
      'every frame ends with Z_SYNC_FLUSH',
    );
  });

  it('resumes after op 7 RECONNECT and replays what the client missed', async (t) => {
    const { fake, client } = await setup(t);
    const resumed = next(client, 'shardResume');
    fake.gateway.reconnect();
    await fake.waitFor(() => !fake.gateway.connected(), 'the client to drop the socket');
    const received = next(client, 'messageCreate');
    fake.userMessage({ content: 'sent while disconnected' });
    await resumed;
    assert.equal((await received).content, 'sent while disconnected');
    assert.equal(fake.gateway.resumes, 1);
    assert.equal(fake.gateway.identifies.length, 1, 'resumed, not re-identified');
  });

  it('needs a connected client before it can dispatch interactions, and waitFor times out with its description', async (t) => {
    const fake = await startFakeDiscord();
    t.after(() => fake.close());
    assert.throws(() => fake.slashCommand('article'), /no gateway session/);
    await assert.rejects(
      fake.waitFor(() => false, 'something that never happens', 20),
      /something that never happens/,
    );
  });
});
