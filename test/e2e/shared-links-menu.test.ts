import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GatewayIntentBits, PermissionFlagsBits as P } from 'discord.js';
import { LIMITS } from '../../src/services/format/limits.js';
import { type BotWorld, startBotWorld } from '../helpers/bot.js';
import type { FakeMessage } from '../helpers/fake-discord/index.js';

// The "Summarize article" message menu and /autosummary with the Message Content intent off (the
// default), on an app that has not enabled it in the developer portal either.

const MENU = 'Summarize article';

type Setup = BotWorld;
const setup = (): Promise<Setup> => startBotWorld({ fake: { privilegedIntents: { messageContent: false } } });

const buttonOf = (message: FakeMessage): string | undefined =>
  message.components.flatMap((row) => row.components ?? []).find((c: { custom_id?: string }) => c.custom_id)?.custom_id;

test('with the intent off the bot logs in, and the menu on a message with two links gives two private cards that can be posted', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    assert.equal(fake.gateway.identifies.length, 1);
    assert.equal(
      fake.gateway.identifies[0].intents & GatewayIntentBits.MessageContent,
      0,
      'the privileged intent is not asked for',
    );

    const target = fake.userMessage({
      channelId: fake.channels.news,
      content: `two reads: ${s.link('/ai/openai-aws-turn')} and ${s.link('/chips/hbm-supply-tightens')}`,
    });
    const asker = fake.users.admin;
    const menu = fake.messageCommand(MENU, target, { user: asker });
    const answer = await menu.reply();
    assert.equal(menu.ephemeral(), true, 'private by default');
    assert.deepEqual(
      answer.embeds.map((embed) => embed.url),
      [s.link('/ai/openai-aws-turn'), s.link('/chips/hbm-supply-tightens')],
    );
    const customId = buttonOf(answer);
    assert.ok(customId, 'a "Post to channel" button');
    assert.equal(
      fake.messages(fake.channels.news).filter((m) => m.author.id === fake.botUserId).length,
      0,
      'nothing public yet',
    );

    const click = fake.buttonClick(answer, customId, { user: asker });
    const posted = await fake.waitFor(
      () => fake.messages(fake.channels.news).find((m) => m.author.id === fake.botUserId),
      'the cards posted to the channel',
    );
    assert.deepEqual(
      posted.embeds.map((embed) => embed.url),
      answer.embeds.map((embed) => embed.url),
    );
    for (const embed of posted.embeds)
      assert.match(embed.footer?.text ?? '', new RegExp(`Shared by ${asker.globalName}`));
    assert.equal(posted.pinged, false);
    assert.deepEqual(posted.allowedMentions?.parse, []);

    const updated = await click.reply();
    assert.equal(updated.id, answer.id, 'the private message is the one updated');
    assert.match(updated.content, /Posted to the channel/);
    assert.equal(buttonOf(updated), undefined, 'the button is gone, so it posts once');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('the menu says privately when a message has no article link, and which links could not be read', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    const none = fake.userMessage({ content: 'a picture https://cdn.example/cat.png and https://discord.gg/invite' });
    const noLinks = await fake.messageCommand(MENU, none).reply();
    assert.equal(noLinks.ephemeral, true);
    assert.match(noLinks.content, /didn't find an article link/);

    const mixed = fake.userMessage({
      content: `${s.link('/missing-story')} ${s.link('/cloud/bedrock-adds-model-providers')}`,
    });
    const menu = fake.messageCommand(MENU, mixed);
    const answer = await menu.reply();
    assert.equal(menu.ephemeral(), true);
    assert.deepEqual(
      answer.embeds.map((embed) => embed.url),
      [s.link('/cloud/bedrock-adds-model-providers')],
    );
    assert.match(answer.content, /missing-story>: The site answered 404/);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('"Post to channel" where the bot may not post says nothing was posted and removes the button', async () => {
  const everyone = P.ViewChannel | P.ReadMessageHistory | P.EmbedLinks | P.UseApplicationCommands;
  const s = await startBotWorld({
    fake: { privilegedIntents: { messageContent: false }, everyonePermissions: everyone, botPermissions: 0n },
  });
  const { fake } = s;
  try {
    const target = fake.userMessage({ channelId: fake.channels.news, content: s.link('/ai/openai-aws-turn') });
    const answer = await fake.messageCommand(MENU, target).reply();
    const customId = buttonOf(answer);
    assert.ok(customId, 'the private answer needs no channel permission, so the button is there');

    const updated = await fake.buttonClick(answer, customId).reply();
    assert.equal(updated.id, answer.id);
    assert.match(updated.content, /Nothing was posted/);
    assert.equal(buttonOf(updated), undefined, 'no button left that would claim it was posted already');
    assert.deepEqual(
      fake.messages(fake.channels.news).filter((m) => m.author.id === fake.botUserId && !m.interaction),
      [],
      'nothing public',
    );
    assert.equal(fake.violations.length, 1, fake.violations.join('\n'));
    assert.match(fake.violations[0]!, /50013/, 'the only refusal is the missing permission');
  } finally {
    await s.close();
  }
});

test('the private answer stays within the 2000-character content limit when long links cannot be read', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    const links = ['a', 'b', 'c'].map((name) => s.link(`/missing-${name}?ref=${name.repeat(900)}`));
    const target = fake.userMessage({ content: links.join(' ') });
    const answer = await fake.messageCommand(MENU, target).reply();
    assert.ok(answer.content.length <= LIMITS.content, `${answer.content.length} characters`);
    assert.ok(answer.content.includes(`<${links[0]}>: The site answered 404`), 'whole lines are kept');
    assert.match(answer.content, /…and 1 more$/, 'the rest is counted, not cut mid-line');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/autosummary enable without the intent saves the channel and says what to turn on', async () => {
  const s = await setup();
  const { fake } = s;
  try {
    const reply = await fake
      .slashCommand('autosummary enable', {}, { user: fake.users.admin, channelId: fake.channels.news })
      .reply();
    assert.equal(reply.ephemeral, true);
    assert.match(reply.content, /Auto-summaries are on in/);
    assert.match(
      reply.content,
      /Developer Portal → your application → Bot → Privileged Gateway Intents → \*\*Message Content Intent\*\*/,
    );
    assert.match(reply.content, /ENABLE_MESSAGE_CONTENT=true/);
    const status = await fake.slashCommand('autosummary status', {}, { user: fake.users.admin }).reply();
    assert.ok(status.content.includes(`<#${fake.channels.news}>`), 'the setting was kept for when the intent is on');
    assert.match(status.content, /ENABLE_MESSAGE_CONTENT=true/);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});
