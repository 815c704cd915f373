import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Routes } from 'discord.js';
import { startTestBot } from '../helpers/bot.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/index.js';
import { adminFollowsDesk } from '../helpers/feeds/bot-world.js';
import { type FeedSite, startFeedSite } from '../helpers/feeds/feed-site.js';
import { loopbackEnv } from '../helpers/http-server.js';
import { sample } from '../helpers/metrics.js';
import { cleanTestRedis, testRedisUrl } from '../helpers/redis.js';
import { spawnRole } from '../helpers/spawn-role.js';

// This file's own Redis database (test/helpers/redis.ts lists who has which).
const TEST_REDIS_URL = testRedisUrl(13);

// The process roles as `npm run start:worker` / `start:gateway` run them, on a shared Redis store.
// A /feed subscription is made first by an in-process bot, which then stops.

interface World {
  fake: FakeDiscord;
  site: FeedSite;
  /** The environment every role process gets. */
  env: Record<string, string>;
}

async function withSubscribedWorld(run: (world: World) => Promise<void>): Promise<void> {
  await cleanTestRedis(TEST_REDIS_URL);
  const fake = await startFakeDiscord();
  const site = await startFeedSite();
  const env = {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiBase,
    STORE_URL: TEST_REDIS_URL,
    // A beat every second, so a role that polls feeds would post within the test.
    SCHEDULER_CRON: '* * * * * *',
    ...loopbackEnv(site.server.port),
  };
  try {
    const bot = await startTestBot({
      fake,
      sites: [site.server],
      env: { STORE_URL: TEST_REDIS_URL },
      manualTicks: true,
    });
    try {
      await bot.client.rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), {
        body: [...bot.context.commands.values()].map((command) => command.data.toJSON()),
      });
      await adminFollowsDesk(fake, site);
    } finally {
      await bot.stop();
    }
    await run({ fake, site, env });
    assert.deepEqual(fake.violations, []);
  } finally {
    await fake.close();
    await site.close();
    await cleanTestRedis(TEST_REDIS_URL);
  }
}

test('the worker posts feed items over REST with no gateway connection, counts them on /metrics, and stops on SIGTERM', {
  timeout: 60_000,
}, async () => {
  await withSubscribedWorld(async ({ fake, env }) => {
    const identifiesBefore = fake.gateway.identifies.length;
    const worker = spawnRole('start/worker.js', { ...env, METRICS_PORT: '0' });
    try {
      const listening = await worker.waitForLog(/"msg":"metrics server listening"/);
      const metricsUrl = (JSON.parse(listening) as { url: string }).url;
      await fake.waitFor(() => fake.botPosts(fake.channels.news)[0], 'the worker posts the item', 20_000);

      // The tick is counted when it ends, just after its post went out.
      let metrics = '';
      for (let i = 0; i < 50 && !(sample(metrics, 'newsdesk_posts_sent_total') ?? 0); i++) {
        metrics = await (await fetch(`${metricsUrl}/metrics`)).text();
        if (!sample(metrics, 'newsdesk_posts_sent_total')) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(sample(metrics, 'newsdesk_posts_sent_total'), 1, metrics);
      assert.equal(sample(metrics, 'newsdesk_feeds_checked_total{outcome="fetched"}'), 1);
      assert.equal(sample(metrics, 'newsdesk_posts_failed_total'), 0);
      assert.equal(sample(metrics, 'newsdesk_outbox_depth'), 0);
      assert.ok((sample(metrics, 'newsdesk_fetch_duration_seconds_count{kind="feed"}') ?? 0) >= 1, 'feed fetch timed');
      const health = await fetch(`${metricsUrl}/healthz`);
      assert.equal(health.status, 200);
      assert.equal((await health.text()).trim(), 'ok');

      assert.equal(fake.gateway.identifies.length, identifiesBefore, 'the worker never opened a gateway session');
      assert.equal(await worker.terminate(), 0, worker.logs());
      assert.match(worker.logs(), /"msg":"shutting down","role":"worker"/);
      assert.ok(!worker.logs().includes(fake.token), 'the token never reaches the logs');
    } finally {
      worker.cleanup();
    }
  });
});

test('the sharded gateway answers /article from its shard processes, polls no feeds, and stops on SIGTERM', {
  timeout: 90_000,
}, async () => {
  await withSubscribedWorld(async ({ fake, site, env }) => {
    const gateway = spawnRole('start/gateway.js', { ...env, SHARD_COUNT: '2' });
    try {
      await gateway.waitForLog(/"msg":"ready","role":"gateway"/, 60_000);
      const shards = fake.gateway.identifies.map((identify: { shard?: number[] }) => JSON.stringify(identify.shard));
      assert.ok(shards.includes('[0,2]') && shards.includes('[1,2]'), shards.join(' '));

      const reply = await fake.slashCommand('article', { url: `${site.url}/ai/openai-aws-turn` }).reply(10_000);
      assert.equal(reply.embeds.length, 1);
      // The subscription is due and its item unposted; three beats of a process that polled would post it.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      assert.deepEqual(fake.botPosts(fake.channels.news), [], 'no feed post from the gateway');
      assert.equal(site.hits('/gen/desk.xml').length, 1, 'the feed was read once, by /feed add');

      assert.equal(await gateway.terminate(), 0, gateway.logs());
      assert.equal(fake.gateway.connected(), false, 'every shard closed its session');
    } finally {
      gateway.cleanup();
    }
  });
});

test("the REST proxy process forwards with the caller's token, holds none itself, and stops on SIGTERM", async () => {
  const fake = await startFakeDiscord();
  const proxy = spawnRole('start/rest-proxy.js', { REST_PROXY_PORT: '0', REST_PROXY_UPSTREAM: fake.apiBase });
  try {
    const ready = await proxy.waitForLog(/"msg":"ready","role":"rest-proxy"/);
    const { api } = JSON.parse(ready) as { api: string };
    const me = await fetch(`${api}/v10/users/@me`, { headers: { authorization: `Bot ${fake.token}` } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { id: string }).id, fake.botUserId);
    const anonymous = await fetch(`${api}/v10/users/@me`);
    assert.equal(anonymous.status, 401, 'without a token of the caller, Discord says no');
    assert.equal(await proxy.terminate(), 0, proxy.logs());
  } finally {
    proxy.cleanup();
    await fake.close();
  }
});
