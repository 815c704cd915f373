import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import {
  type FakeDiscord,
  type FakeInteraction,
  type FakeMessage,
  startFakeDiscord,
} from '../helpers/fake-discord/index.js';
import { startFixtureSite, type TestServer } from '../helpers/http-server.js';
import { articlePage, neverAnswers, newsParagraphs, respond } from '../helpers/pages.js';

let fake: FakeDiscord;
let site: TestServer;
let bot: TestBot;

before(async () => {
  fake = await startFakeDiscord();
  site = await startFixtureSite({
    '/paper.pdf': respond(200, 'application/pdf', '%PDF-1.7 ...'),
    '/slow': neverAnswers,
    '/evil': articlePage('@everyone [click](https://evil.example)', [
      '<@&123456789012345678> @here read [this](https://evil.example) now.',
      ...newsParagraphs('budget', 3),
    ]),
    '/huge': articlePage('Budget '.repeat(80), newsParagraphs('_*budget*_ [x](https://evil.example)', 120)),
  });
  bot = await startTestBot({
    fake,
    sites: [site],
    env: { FETCH_TIMEOUT_MS: '1000', ARTICLE_COOLDOWN_PER_MINUTE: '30' },
  });
});

after(async () => {
  await bot?.stop();
  await fake?.close();
  await site?.close();
});

const interactionTokens: string[] = [];

async function article(
  url: string,
  options: Record<string, string | boolean> = {},
  actor = {},
): Promise<{ interaction: FakeInteraction; reply: FakeMessage }> {
  const interaction = fake.slashCommand('article', { url, ...options }, actor);
  interactionTokens.push(interaction.token);
  return { interaction, reply: await interaction.reply() };
}

const fieldsOf = (message: FakeMessage) =>
  Object.fromEntries((message.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));

test('/article on the seed page gives the expected card; a second call is answered from the cache at once', async () => {
  const url = `${site.url}/ai/openai-aws-turn`;
  const first = await article(url);
  assert.equal(first.interaction.responses[0]?.type, 5, 'an uncached article is acknowledged first (deferred)');
  const card = first.reply.embeds[0]!;
  assert.equal(card.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
  assert.equal(card.url, url);
  assert.equal(card.description?.split('\n').length, 3);
  const fields = fieldsOf(first.reply);
  assert.match(
    fields.Original!,
    /\]\(https:\/\/www\.geekwire\.com\/2026\/openai-sees-staggering-demand-for-amazon-offering\/\) · geekwire\.com$/,
  );
  assert.equal(fields.Published, 'Apr 15, 2026', 'in the server language (en-US)');
  assert.equal(fields.Section, 'AI');
  assert.equal(fields['Reading time'], '2 min read');
  assert.match(fields.Related!, /\/ai\/microsoft-openai-terms-unchanged\)/);
  assert.match(fields['Other languages']!, /한국어.*日本語|日本語.*한국어/);
  assert.equal(first.interaction.ephemeral(), false);

  const fetchesBefore = site.requests.length;
  const second = await article(url);
  assert.equal(second.interaction.responses[0]?.type, 4, 'a cached article is answered in the first response');
  assert.equal(second.reply.embeds[0]?.title, card.title);
  assert.equal(site.requests.length, fetchesBefore, 'no second fetch');
});

const failures: [string, () => string, RegExp][] = [
  ['a blocked address', () => 'http://169.254.169.254/latest/meta-data/', /That address isn't allowed/],
  ['a private address spelled as a number (10.0.0.1)', () => 'http://167772161/', /That address isn't allowed/],
  ['a 404', () => `${site.url}/no-such-story`, /The site answered 404/],
  ['a PDF', () => `${site.url}/paper.pdf`, /isn't an article \(it's a PDF\)/],
  ['a timeout', () => `${site.url}/slow`, /took too long/],
  ['not a link at all', () => 'ftp://files.example/x', /doesn't look like a web address/],
];

for (const [name, url, message] of failures) {
  test(`/article with ${name} answers privately and specifically`, async () => {
    const { interaction, reply } = await article(url());
    assert.match(reply.content, message);
    assert.ok(reply.ephemeral, 'only the member sees the failure');
    assert.equal(reply.embeds.length, 0);
    assert.ok(
      !fake.messages().some((m) => m.interaction?.id === interaction.id && !m.deleted && m.content === ''),
      'no public "thinking…" message is left behind',
    );
  });
}

test('an article titled "@everyone [click](…)" pings nobody and shows no masked link', async () => {
  const { reply } = await article(`${site.url}/evil`);
  assert.equal(reply.pinged, false);
  assert.deepEqual(reply.allowedMentions?.parse, []);
  const card = reply.embeds[0]!;
  assert.doesNotMatch(card.title!, /@everyone/);
  assert.doesNotMatch(`${card.title}\n${card.description}`, /(?<!\\)\[[^\]]*\]\(https:\/\/evil\.example/);
});

test('an article long enough to overflow every limit still posts a valid card', async () => {
  const { reply } = await article(`${site.url}/huge`, { length: 'long' });
  assert.equal(reply.embeds.length, 1);
  assert.equal(reply.embeds[0]!.description!.split('\n').length, 5);
  assert.deepEqual(fake.violations, []);
});

test('private:true shows the card only to the member', async () => {
  const { interaction, reply } = await article(`${site.url}/cloud/bedrock-adds-model-providers`, { private: true });
  assert.ok(interaction.ephemeral());
  assert.ok(reply.ephemeral);
  assert.equal(reply.embeds.length, 1);
});

test('a member past the per-minute limit is told politely to wait', async () => {
  const eager = fake.addMember({ username: 'eager' });
  const url = `${site.url}/ai/openai-aws-turn`;
  for (let i = 0; i < 30; i++) await article(url, {}, { user: eager });
  const { reply } = await article(url, {}, { user: eager });
  assert.match(reply.content, /try again in \d+ s/);
  assert.ok(reply.ephemeral);
});

test('no rule of Discord was broken, and no token reached the logs', () => {
  assert.deepEqual(fake.violations, []);
  const logs = bot.logs.join('\n');
  assert.ok(!logs.includes(fake.token), 'bot token in logs');
  assert.ok(interactionTokens.length > 10);
  for (const token of interactionTokens) assert.ok(!logs.includes(token), 'an interaction token in logs');
});
