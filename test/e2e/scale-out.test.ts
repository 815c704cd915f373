import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/index.js';
import { startFixtureSite, type TestServer } from '../helpers/http-server.js';
import { cleanTestRedis, testRedisUrl } from '../helpers/redis.js';

// This file's own Redis database (test/helpers/redis.ts lists who has which).
const TEST_REDIS_URL = testRedisUrl(10);

// Two bots on one fake Discord and one Redis, both connected as shard 0 of 1: the overlap of a
// rolling restart, when Discord sends every message to both. The limits must hold across them.

const PAGE = '/ai/openai-aws-turn';

interface TwoBots {
  fake: FakeDiscord;
  site: TestServer;
  bots: [TestBot, TestBot];
}

async function withTwoBots(env: Record<string, string>, run: (world: TwoBots) => Promise<void>): Promise<void> {
  await cleanTestRedis(TEST_REDIS_URL);
  const site = await startFixtureSite();
  const fake = await startFakeDiscord();
  const start = () =>
    startTestBot({ fake, sites: [site], env: { STORE_URL: TEST_REDIS_URL, ...env }, manualTicks: true });
  const bots: TestBot[] = [];
  try {
    bots.push(await start(), await start());
    await run({ fake, site, bots: bots as [TestBot, TestBot] });
    assert.deepEqual(fake.violations, []);
  } finally {
    for (const bot of bots) await bot.stop();
    await fake.close();
    await site.close();
    await cleanTestRedis(TEST_REDIS_URL);
  }
}

test('a link shared once reaches two bot processes: one card, no pointer, the page read once', async () => {
  await withTwoBots({ ENABLE_MESSAGE_CONTENT: 'true' }, async ({ fake, site, bots }) => {
    await bots[0].services.sharedLinks.settings.enable(fake.guildId, fake.channels.news, {
      suppressPreviews: false,
      enabledBy: fake.users.admin.id,
    });
    const shared = fake.userMessage({ channelId: fake.channels.news, content: `Look: ${site.url}${PAGE}` });
    const replies = () =>
      fake
        .messages(fake.channels.news)
        .filter((m) => m.author.id === fake.botUserId && m.messageReference?.message_id === shared.id);
    await fake.waitFor(() => replies()[0], 'the card under the shared link');
    // The other process has the message too; give it time to (not) answer.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(replies().length, 1, JSON.stringify(replies().map((m) => m.content)));
    assert.equal(replies()[0]?.embeds.length, 1);
    assert.equal(site.requests.filter((request) => request.url.startsWith(PAGE)).length, 1);
  });
});

test("a member's /article cooldown counts the uses taken in either process", async () => {
  await withTwoBots({ ARTICLE_COOLDOWN_PER_MINUTE: '3' }, async ({ fake, bots }) => {
    const member = fake.users.member.id;
    const taken = await Promise.all(
      Array.from({ length: 6 }, (_, i) => bots[i % 2]!.services.articleCooldown.take(member)),
    );
    assert.equal(taken.filter((take) => take.ok).length, 3, JSON.stringify(taken));
    const refused = await bots[1].services.articleCooldown.take(member);
    assert.ok(!refused.ok && refused.retryAfterMs > 0 && refused.retryAfterMs <= 60_000, JSON.stringify(refused));
  });
});
