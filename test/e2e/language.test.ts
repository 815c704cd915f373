import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { type FakeDiscord, type FakeMessage, startFakeDiscord } from '../helpers/fake-discord/index.js';
import { type Handler, startFixtureSite, type TestServer } from '../helpers/http-server.js';
import { FIXTURE_SITE_DIR } from '../helpers/paths.js';

let fake: FakeDiscord;
let site: TestServer;
let bot: TestBot;

/**
 * A fixture page whose absolute links to the fixture's own origin (canonical, hreflang) point at
 * this loopback server instead, so the bot can read the alternates it finds.
 */
function onThisOrigin(file: string): Handler {
  return fixturePage(file, (html, origin) => html.replaceAll('https://insights.example', origin));
}

function fixturePage(file: string, edit: (html: string, origin: string) => string): Handler {
  return async (req, res) => {
    const html = await readFile(join(FIXTURE_SITE_DIR, file), 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(edit(html, `http://${req.headers.host}`));
  };
}

/** The seed page under another path (its own links left on the fixture's origin), its Korean version a page that is not there. */
const brokenKorean = fixturePage('ai/openai-aws-turn.html', (html, origin) =>
  html.replace('https://insights.example/ko/ai/openai-aws-turn', `${origin}/ko/gone`),
);

before(async () => {
  fake = await startFakeDiscord();
  site = await startFixtureSite({
    '/ai/openai-aws-turn': onThisOrigin('ai/openai-aws-turn.html'),
    '/ko/ai/openai-aws-turn': onThisOrigin('ko/ai/openai-aws-turn.html'),
    '/ja/ai/openai-aws-turn': onThisOrigin('ja/ai/openai-aws-turn.html'),
    '/broken-korean': brokenKorean,
  });
  bot = await startTestBot({
    fake,
    sites: [site],
    env: { ARTICLE_COOLDOWN_PER_MINUTE: '30', ENABLE_MESSAGE_CONTENT: 'true' },
  });
});

after(async () => {
  await bot?.stop();
  await fake?.close();
  await site?.close();
});

const fieldsOf = (message: FakeMessage) =>
  Object.fromEntries((message.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));

const seedUrl = () => `${site.url}/ai/openai-aws-turn`;

test('/settings language ko, then /article of the English seed gives the Korean version, its date in Korean', async () => {
  const set = await fake.slashCommand('settings language', { language: 'ko' }, { user: fake.users.admin }).reply();
  assert.match(set.content, /한국어/);

  const reply = await fake.slashCommand('article', { url: seedUrl() }).reply();
  const card = reply.embeds[0]!;
  assert.equal(card.title, 'OpenAI의 AWS 행보, 마이크로소프트 동맹이 얼마나 빠르게 휘고 있는지 보여준다');
  assert.equal(card.url, `${site.url}/ko/ai/openai-aws-turn`);
  assert.equal(fieldsOf(reply).Published, '2026. 4. 15.');

  const again = await fake.slashCommand('article', { url: seedUrl() }).reply();
  assert.equal(again.embeds[0]?.title, card.title, 'from the cache, still the Korean version');
});

test("back to the server default: a Japanese server's preferred locale picks the Japanese version", async () => {
  await fake.slashCommand('settings language', { language: 'default' }, { user: fake.users.admin }).reply();
  const reply = await fake.slashCommand('article', { url: seedUrl() }, { guildLocale: 'ja' }).reply();
  assert.equal(reply.embeds[0]?.url, `${site.url}/ja/ai/openai-aws-turn`);
  assert.equal(fieldsOf(reply).Published, '2026/04/15');

  const english = await fake.slashCommand('article', { url: seedUrl() }).reply();
  assert.equal(english.embeds[0]?.url, seedUrl(), 'an en-US server keeps the English page');
  assert.equal(fieldsOf(english).Published, 'Apr 15, 2026');
});

test('an alternate that cannot be read falls back to the original card', async () => {
  await fake.slashCommand('settings language', { language: 'ko' }, { user: fake.users.admin }).reply();
  const url = `${site.url}/broken-korean`;
  const reply = await fake.slashCommand('article', { url }).reply();
  assert.equal(reply.embeds[0]?.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
  assert.equal(reply.embeds[0]?.url, url);
  assert.equal(fieldsOf(reply).Published, '2026. 4. 15.', 'the English card, dated in the server language');
  assert.ok(
    site.requests.some((request) => request.url === '/ko/gone'),
    'the Korean version was tried',
  );
});

test("a link shared in a Korean server's auto-summary channel gets the Korean card", async () => {
  const admin = { user: fake.users.admin, channelId: fake.channels.news };
  await fake.slashCommand('settings language', { language: 'ko' }, admin).reply();
  await fake.slashCommand('autosummary enable', {}, admin).reply();
  const shared = fake.userMessage({ channelId: fake.channels.news, content: `Look: ${seedUrl()}` });
  const card = await fake.waitFor(
    () => fake.messages(fake.channels.news).find((m) => m.messageReference?.message_id === shared.id),
    'the card under the shared link',
  );
  assert.equal(card.embeds[0]?.url, `${site.url}/ko/ai/openai-aws-turn`);
  assert.equal(fieldsOf(card).Published, '2026. 4. 15.');
});

test('/settings needs Manage Server', async () => {
  const reply = await fake.slashCommand('settings language', { language: 'ja' }).reply();
  assert.match(reply.content, /Manage Server/);
});
