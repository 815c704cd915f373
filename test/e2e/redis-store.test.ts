import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Routes } from 'discord.js';
import { openStore, type Namespace } from '../../src/services/store.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { startFakeDiscord } from '../helpers/fake-discord/index.js';
import { startFeedSite } from '../helpers/feeds/feed-site.js';
import { startFixtureSite } from '../helpers/http-server.js';

// The bot on the real Redis (127.0.0.1:6379), the store several processes would share. A logical
// database of its own, emptied first, so keys from earlier runs cannot matter.
const REDIS_URL = 'redis://127.0.0.1:6379/9';
const NAMESPACES: Namespace[] = ['article', 'failure', 'feed', 'seen', 'sub', 'guild', 'outbox', 'autosummary'];

async function emptyRedis(): Promise<void> {
  const store = openStore(REDIS_URL);
  await Promise.all(NAMESPACES.map((name) => store.ns(name).clear()));
  await store.close();
}

test('on Redis, subscriptions, delivered items and cached articles survive a restart', async () => {
  await emptyRedis();
  const feeds = await startFeedSite();
  const pages = await startFixtureSite();
  const fake = await startFakeDiscord();
  const start = () => startTestBot({ fake, sites: [feeds.server, pages], env: { STORE_URL: REDIS_URL, SCHEDULER_CRON: '59 59 23 31 12 *' } });
  let bot: TestBot = await start();
  try {
    await bot.client.rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), { body: [...bot.context.commands.values()].map((command) => command.data.toJSON()) });
    feeds.publish('desk', { id: 'one', published: new Date(Date.now() - 10 * 60_000) });
    await fake.slashCommand('feed add', { url: `${feeds.url}/gen/desk.xml`, channel: fake.channels.news }, { user: fake.users.admin }).reply();
    await bot.scheduler.tick();
    const article = `${pages.url}/ai/openai-aws-turn`;
    assert.equal((await fake.slashCommand('article', { url: article }).reply()).embeds.length, 1);

    await bot.stop();
    bot = await start();
    await bot.scheduler.tick();
    const posts = fake.messages(fake.channels.news).filter((message) => message.author.id === fake.botUserId && !message.interaction);
    assert.equal(posts.length, 1, 'the item was posted once, not again after the restart');
    const list = await fake.slashCommand('feed list', {}, { user: fake.users.admin }).reply();
    assert.match(list.content + JSON.stringify(list.embeds), /Generated desk/, 'the subscription is still there');
    const again = fake.slashCommand('article', { url: article });
    await again.reply();
    assert.equal(again.responses[0]?.type, 4, 'the article comes from the shared cache at once');
    assert.deepEqual(fake.violations, []);
  } finally {
    await bot.stop();
    await fake.close();
    await feeds.close();
    await pages.close();
  }
});
