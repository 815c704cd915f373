import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Namespace, openStore } from '../../src/services/store.js';
import { adminFollowsDesk, startFeedBotWorld } from '../helpers/feeds/bot-world.js';

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
  const world = await startFeedBotWorld({ storeUrl: REDIS_URL });
  const { fake, site } = world;
  try {
    await adminFollowsDesk(fake, site);
    await world.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1, 'the item was posted before the restart');
    // The feed site serves the fixture site's pages too.
    const article = `${site.url}/ai/openai-aws-turn`;
    assert.equal((await fake.slashCommand('article', { url: article }).reply()).embeds.length, 1);

    await world.restart();
    await world.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1, 'the item was posted once, not again after the restart');
    const list = await fake.slashCommand('feed list', {}, { user: fake.users.admin }).reply();
    assert.match(list.content + JSON.stringify(list.embeds), /Generated desk/, 'the subscription is still there');
    const again = fake.slashCommand('article', { url: article });
    await again.reply();
    assert.equal(again.responses[0]?.type, 4, 'the article comes from the shared cache at once');
    assert.deepEqual(fake.violations, []);
  } finally {
    await world.close();
  }
});
