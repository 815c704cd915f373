import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PermissionFlagsBits as P } from 'discord.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/index.js';
import { startFixtureSite, type TestServer } from '../helpers/http-server.js';

// /article url:<link> share:true — the card goes to the channel under the member's name, privately confirmed.

let fake: FakeDiscord;
let site: TestServer;
let bot: TestBot;

before(async () => {
  fake = await startFakeDiscord();
  site = await startFixtureSite();
  bot = await startTestBot({ fake, sites: [site], env: { ARTICLE_COOLDOWN_PER_MINUTE: '30' } });
});

after(async () => {
  await bot?.stop();
  await fake?.close();
  await site?.close();
});

const publicBotMessages = (channelId: string) =>
  fake.messages(channelId).filter((m) => m.author.id === fake.botUserId && !m.interaction);

for (const [name, page, firstResponse] of [
  ['an article read now (deferred first)', '/cloud/bedrock-adds-model-providers', 5],
  ['an article already in the cache (answered at once)', '/cloud/bedrock-adds-model-providers', 4],
] as const) {
  test(`share:true posts ${name} publicly with "Shared by" and confirms privately`, async () => {
    const url = `${site.url}${page}`;
    const before = publicBotMessages(fake.channels.news).length;
    const interaction = fake.slashCommand(
      'article',
      { url, share: true },
      { user: fake.users.member, channelId: fake.channels.news },
    );
    const confirmation = await interaction.reply();
    assert.equal(interaction.responses[0]?.type, firstResponse);
    assert.equal(interaction.ephemeral(), true, 'the confirmation is private');
    assert.match(confirmation.content, /Shared to the channel/);
    assert.equal(confirmation.embeds.length, 0);

    const posted = publicBotMessages(fake.channels.news);
    assert.equal(posted.length, before + 1, 'one public card');
    const card = posted.at(-1)!;
    assert.equal(card.embeds.length, 1);
    assert.equal(card.embeds[0]!.url, url);
    assert.match(card.embeds[0]!.footer?.text ?? '', new RegExp(`Shared by ${fake.users.member.globalName}`));
    assert.equal(card.pinged, false, 'the member is named, not pinged');
    assert.ok(!card.content.includes(`<@${fake.users.member.id}>`));
    assert.deepEqual(card.allowedMentions?.parse, []);
    assert.deepEqual(fake.violations, []);
  });
}

test('private:true wins over share:true: nothing is posted publicly', async () => {
  const before = publicBotMessages(fake.channels.general).length;
  const interaction = fake.slashCommand('article', {
    url: `${site.url}/chips/hbm-supply-tightens`,
    share: true,
    private: true,
  });
  const reply = await interaction.reply();
  assert.equal(interaction.ephemeral(), true);
  assert.equal(reply.embeds.length, 1);
  assert.equal(publicBotMessages(fake.channels.general).length, before);
  assert.deepEqual(fake.violations, []);
});

test('share:true with a link that cannot be read says so privately and posts nothing', async () => {
  const before = publicBotMessages(fake.channels.general).length;
  const interaction = fake.slashCommand('article', { url: `${site.url}/no-such-story`, share: true });
  const reply = await interaction.reply();
  assert.match(reply.content, /answered 404/);
  assert.equal(reply.ephemeral || interaction.ephemeral(), true);
  assert.equal(publicBotMessages(fake.channels.general).length, before);
  assert.deepEqual(fake.violations, []);
});

test('share:true where the bot may not post tells the member privately', async () => {
  const everyone = P.ViewChannel | P.ReadMessageHistory | P.EmbedLinks | P.UseApplicationCommands;
  const muted = await startFakeDiscord({ everyonePermissions: everyone, botPermissions: 0n });
  const mutedBot = await startTestBot({ fake: muted, sites: [site] });
  try {
    const interaction = muted.slashCommand('article', { url: `${site.url}/ai/openai-aws-turn`, share: true });
    const reply = await interaction.reply();
    assert.equal(reply.ephemeral || interaction.ephemeral(), true);
    assert.match(reply.content, /couldn't post in this channel/);
    assert.deepEqual(
      muted.messages(muted.channels.general).filter((m) => m.author.id === muted.botUserId && !m.interaction),
      [],
    );
    assert.equal(muted.violations.length, 1, muted.violations.join('\n'));
    assert.match(muted.violations[0]!, /50013/, 'the only refusal is the missing permission');
  } finally {
    await mutedBot.stop();
    await muted.close();
  }
});
