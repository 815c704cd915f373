import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUTO_SUMMARY_CARDS_PER_MINUTE } from '../../src/services/autosummary/channel-limit.js';
import { MAX_LINKS_PER_MESSAGE } from '../../src/services/autosummary/links.js';
import { type BotWorld, startBotWorld } from '../helpers/bot.js';
import type { FakeDiscord, FakeMessage } from '../helpers/fake-discord/index.js';
import type { TestServer } from '../helpers/http-server.js';

// Auto-summaries of shared links, with the Message Content intent switched on (ENABLE_MESSAGE_CONTENT=true).

const PAGES = [
  '/ai/openai-aws-turn',
  '/cloud/bedrock-adds-model-providers',
  '/chips/hbm-supply-tightens',
  '/ai/microsoft-openai-terms-unchanged',
  '/ko/ai/openai-aws-turn',
  '/ja/ai/openai-aws-turn',
];

type Setup = BotWorld;
const setup = (): Promise<Setup> => startBotWorld({ env: { ENABLE_MESSAGE_CONTENT: 'true' } });

/** An admin runs /autosummary enable in the channel itself (the command's default). */
async function enable({ fake }: Setup, channelId: string, options: Record<string, boolean> = {}): Promise<FakeMessage> {
  return fake.slashCommand('autosummary enable', options, { user: fake.users.admin, channelId }).reply();
}

const botReplyTo = (fake: FakeDiscord, message: FakeMessage) => () =>
  fake
    .messages(message.channelId)
    .find((m) => m.author.id === fake.botUserId && m.messageReference?.message_id === message.id);

const botMessages = (fake: FakeDiscord, channelId: string) =>
  fake.messages(channelId).filter((m) => m.author.id === fake.botUserId);

const articleRequests = (site: TestServer) =>
  site.requests.filter((request) => PAGES.some((page) => request.url.startsWith(page)));

test('a shared link in an enabled channel gets exactly one card; the same link again gets no second card', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    const enabled = await enable(s, fake.channels.news);
    assert.match(enabled.content, /Auto-summaries are on in <#\d+>/);
    assert.doesNotMatch(enabled.content, /Message Content/, 'no intent warning when it is on');

    const first = fake.userMessage({ channelId: fake.channels.news, content: `Big news: ${s.link(PAGES[0]!)}` });
    const card = await fake.waitFor(botReplyTo(fake, first), 'the card under the shared link');
    assert.equal(card.embeds.length, 1);
    assert.equal(card.embeds[0]!.url, s.link(PAGES[0]!));
    assert.ok((card.embeds[0]!.description ?? '').length > 0, 'the card carries a summary');
    assert.equal(card.pinged, false, 'the reply pings nobody, not even the member it answers');
    assert.deepEqual(card.allowedMentions?.parse, []);

    // The same article again, with a tracking parameter: no second card, at most a pointer to the first.
    const again = fake.userMessage({
      channelId: fake.channels.news,
      content: `${s.link(PAGES[0]!)}?utm_source=newsletter`,
    });
    const pointer = await fake.waitFor(botReplyTo(fake, again), 'the answer to the repeated link');
    assert.equal(pointer.embeds.length, 0);
    assert.ok(
      pointer.content.includes(`<https://discord.com/channels/${fake.guildId}/${fake.channels.news}/${first.id}>`),
      `points at the earlier share: ${pointer.content}`,
    );
    assert.equal(
      botMessages(fake, fake.channels.news).filter((m) => m.embeds.length > 0).length,
      1,
      'exactly one card in the channel',
    );
    assert.equal(articleRequests(s.site).length, 1, 'the page was read once');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test("bots (this one included), webhooks and disabled channels get nothing; a member's share does", async () => {
  const s = await setup();
  const { fake } = s;
  try {
    await enable(s, fake.channels.news);
    const link = s.link(PAGES[1]!);
    const ignored = [
      fake.userMessage({ channelId: fake.channels.news, content: link, bot: true }),
      fake.userMessage({ channelId: fake.channels.news, content: link, webhookId: '123456789012345678' }),
      fake.userMessage({ channelId: fake.channels.news, content: link, user: fake.bot }),
      fake.userMessage({ channelId: fake.channels.general, content: link }),
    ];
    // A member's message afterwards is the observable event: had any of the above been summarized,
    // this one would get a pointer (same channel) or come after a card elsewhere.
    const member = fake.userMessage({ channelId: fake.channels.news, content: link });
    const card = await fake.waitFor(botReplyTo(fake, member), "the card under the member's message");
    assert.equal(card.embeds.length, 1, 'a card, not a pointer: nothing summarized the link before');
    for (const message of ignored)
      assert.equal(
        botReplyTo(fake, message)(),
        undefined,
        `no reply to ${message.author.username} in ${message.channelId}`,
      );
    assert.deepEqual(botMessages(fake, fake.channels.general), [], 'the disabled channel got nothing');
    assert.deepEqual(
      botMessages(fake, fake.channels.news).map((m) => m.id),
      [ignored[2]!.id, card.id],
      'only the injected own message and the card',
    );
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('a message with 10 links gets one reply with at most 3 cards, and only those pages are read', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    await enable(s, fake.channels.news);
    const links = [...PAGES, ...PAGES.slice(0, 4).map((page) => `${page}?edition=2`)].map((page) => s.link(page));
    assert.equal(links.length, 10);
    const dump = fake.userMessage({ channelId: fake.channels.news, content: links.join('\n') });
    const reply = await fake.waitFor(botReplyTo(fake, dump), 'the reply to the link dump');
    assert.equal(reply.embeds.length, 3);
    assert.deepEqual(
      reply.embeds.map((embed) => embed.url),
      links.slice(0, 3),
    );
    assert.equal(articleRequests(s.site).length, 3);
    assert.equal(botMessages(fake, fake.channels.news).length, 1, 'one reply, not one per link');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('links that are not articles get nothing, and a page that fails to load is left out silently', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    await enable(s, fake.channels.news);
    const content = [
      `${s.link('/images/chart.png')}`,
      'https://discord.com/channels/1/2/3',
      s.link('/no-such-story'),
      s.link(PAGES[2]!),
    ].join(' ');
    const message = fake.userMessage({ channelId: fake.channels.news, content });
    const reply = await fake.waitFor(botReplyTo(fake, message), 'the reply');
    assert.deepEqual(
      reply.embeds.map((embed) => embed.url),
      [s.link(PAGES[2]!)],
    );
    assert.equal(reply.content, '', 'no error text in the channel');
    assert.ok(!s.site.requests.some((request) => request.url.endsWith('.png')), 'the image was never fetched');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test(`a busy channel is rate limited (${AUTO_SUMMARY_CARDS_PER_MINUTE} cards a minute) while another channel isn't`, async () => {
  const s = await setup();
  const { fake, bot } = s;
  try {
    await enable(s, fake.channels.news);
    await enable(s, fake.channels.other);
    const post = (channelId: string, pages: string[]) =>
      fake.userMessage({ channelId, content: pages.map((page) => s.link(page)).join(' ') });
    // The minute's allowance, spent in messages of up to MAX_LINKS_PER_MESSAGE cards each.
    const allowance = PAGES.slice(0, AUTO_SUMMARY_CARDS_PER_MINUTE);
    assert.equal(allowance.length, AUTO_SUMMARY_CARDS_PER_MINUTE, 'enough different pages to spend the allowance');
    const batches: string[][] = [];
    for (let i = 0; i < allowance.length; i += MAX_LINKS_PER_MESSAGE)
      batches.push(allowance.slice(i, i + MAX_LINKS_PER_MESSAGE));
    const messages = batches.map((pages) => post(fake.channels.news, pages));
    const cards = await Promise.all(messages.map((message) => fake.waitFor(botReplyTo(fake, message), 'a reply')));
    assert.deepEqual(
      cards.map((card) => card.embeds.length),
      batches.map((pages) => pages.length),
    );

    const seventh = post(fake.channels.news, [`${PAGES[0]}?edition=2`]);
    const elsewhere = post(fake.channels.other, [PAGES[0]!]);
    await fake.waitFor(botReplyTo(fake, elsewhere), 'the card in the quiet channel');
    // The card elsewhere needs no fetch (cached) while the seventh would, so its absence alone proves
    // little: the bot must also have said why it skipped the seventh.
    const skipped = bot.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg === 'auto-summary skipped: channel rate limit');
    assert.deepEqual(
      skipped.map((entry) => entry.message_id),
      [seventh.id],
      'only the message past the allowance was skipped',
    );
    assert.equal(botReplyTo(fake, seventh)(), undefined, 'the card past the allowance was not posted');
    assert.equal(
      articleRequests(s.site).filter((request) => request.url.includes('edition=2')).length,
      0,
      'its page was not even read',
    );
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test("Discord's own preview is hidden when the server asked for it and the bot has Manage Messages", async () => {
  const s = await setup();
  const { fake } = s;
  try {
    const enabled = await enable(s, fake.channels.news, { suppress_previews: true });
    assert.match(enabled.content, /hide Discord's own link preview/);
    await enable(s, fake.channels.other);
    const asked = fake.userMessage({ channelId: fake.channels.news, content: s.link(PAGES[0]!) });
    await fake.waitFor(() => (asked.flags & (1 << 2)) !== 0, 'SUPPRESS_EMBEDS on the member message');
    assert.ok(botReplyTo(fake, asked)(), 'suppressed only once the card is there');

    const notAsked = fake.userMessage({ channelId: fake.channels.other, content: s.link(PAGES[1]!) });
    await fake.waitFor(botReplyTo(fake, notAsked), 'the card in the other channel');
    // The next card in #other shows its predecessor's handling is finished.
    const later = fake.userMessage({ channelId: fake.channels.other, content: s.link(PAGES[2]!) });
    await fake.waitFor(botReplyTo(fake, later), 'a later card');
    assert.equal(notAsked.flags & (1 << 2), 0, 'previews stay where the server did not ask');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('only members with Manage Server may switch auto-summaries, and status lists the channels', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    const refused = await fake
      .slashCommand('autosummary enable', {}, { user: fake.users.member, channelId: fake.channels.news })
      .reply();
    assert.equal(refused.ephemeral, true);
    assert.match(refused.content, /Manage Server/);
    const off = await fake.slashCommand('autosummary status', {}, { user: fake.users.admin }).reply();
    assert.match(off.content, /off in every channel/);

    await enable(s, fake.channels.news, { suppress_previews: true });
    const status = await fake.slashCommand('autosummary status', {}, { user: fake.users.admin }).reply();
    assert.equal(status.ephemeral, true);
    assert.ok(status.content.includes(`<#${fake.channels.news}> (hides Discord previews)`), status.content);

    const disabled = await fake
      .slashCommand('autosummary disable', {}, { user: fake.users.admin, channelId: fake.channels.news })
      .reply();
    assert.match(disabled.content, /off in <#\d+>/);
    const message = fake.userMessage({ channelId: fake.channels.news, content: s.link(PAGES[0]!) });
    await enable(s, fake.channels.other);
    const later = fake.userMessage({ channelId: fake.channels.other, content: s.link(PAGES[1]!) });
    await fake.waitFor(botReplyTo(fake, later), 'the card in the still-enabled channel');
    assert.equal(botReplyTo(fake, message)(), undefined, 'a disabled channel gets no card');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/autosummary enable channel:<#other> (as registered by deploy-commands) switches that channel on', async () => {
  const s = await setup();
  const { fake, bot } = s;
  try {
    // Register the real command definitions so the fake types the channel option as Discord would.
    await bot.client.application!.commands.set(
      [...bot.context.commands.values()].map((command) => command.data.toJSON()),
      fake.guildId,
    );
    const registered = fake.commands.guild[fake.guildId]!.find((command) => command.name === 'autosummary');
    assert.equal(registered.default_member_permissions, String(1 << 5), 'Manage Server by default');
    assert.ok(
      fake.commands.guild[fake.guildId]!.some((command) => command.name === 'Summarize article' && command.type === 3),
      'the message menu command',
    );

    const reply = await fake
      .slashCommand(
        'autosummary enable',
        { channel: fake.channels.other },
        { user: fake.users.admin, channelId: fake.channels.general },
      )
      .reply();
    assert.ok(reply.content.includes(`on in <#${fake.channels.other}>`), reply.content);
    const shared = fake.userMessage({ channelId: fake.channels.other, content: s.link(PAGES[3]!) });
    const card = await fake.waitFor(botReplyTo(fake, shared), 'the card in the chosen channel');
    assert.equal(card.embeds.length, 1);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});
