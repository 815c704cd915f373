import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/index.js';

let fake: FakeDiscord;
let bot: TestBot;

before(async () => {
  fake = await startFakeDiscord();
  bot = await startTestBot({ fake, env: { ARTICLE_COOLDOWN_PER_MINUTE: '1' } });
});

after(async () => {
  await bot?.stop();
  await fake?.close();
});

test("a member whose Discord is in Japanese gets the bot's common replies in Japanese", async () => {
  const actor = { locale: 'ja' };
  const refused = await fake.slashCommand('article', { url: 'not a web address' }, actor).reply();
  assert.equal(refused.content, 'ウェブアドレスではないようです（http:// または https:// で始まる必要があります）。');

  const limited = await fake.slashCommand('article', { url: 'not a web address' }, actor).reply();
  assert.match(limited.content, /^リクエストが多すぎます。\d+秒後にもう一度お試しください。$/);
});

test('any other locale gets English', async () => {
  const actor = { user: fake.users.admin, locale: 'fr' };
  const refused = await fake.slashCommand('article', { url: 'not a web address' }, actor).reply();
  assert.match(refused.content, /^That doesn't look like a web address/);
  const limited = await fake.slashCommand('article', { url: 'not a web address' }, actor).reply();
  assert.match(limited.content, /^You're asking quickly — try again in \d+ s\.$/);
});
