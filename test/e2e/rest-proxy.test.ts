import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Routes } from 'discord.js';
import { loadConfig } from '../../src/config.js';
import { startRestProxy } from '../../src/rest-proxy.js';
import { silentLogger } from '../../src/services/logger.js';
import { startTestBot } from '../helpers/bot.js';
import { startFakeDiscord } from '../helpers/fake-discord/index.js';
import { adminFollowsDesk } from '../helpers/feeds/bot-world.js';
import { startFeedSite } from '../helpers/feeds/feed-site.js';
import { sample } from '../helpers/metrics.js';

const POST_PATH = /^\/channels\/\d+\/messages$/;

test("the bot's client and the scheduler's poster work through the REST proxy, which waits out Discord's 429 for them", {
  timeout: 60_000,
}, async () => {
  const fake = await startFakeDiscord();
  const site = await startFeedSite();
  const proxy = await startRestProxy(
    loadConfig({ REST_PROXY_UPSTREAM: fake.apiBase, REST_PROXY_PORT: '0', METRICS_PORT: '0' }),
    silentLogger,
  );
  // Every REST request of the bot goes to the proxy; only the gateway is the fake's own.
  const bot = await startTestBot({
    fake: { apiBase: proxy.apiBase, token: fake.token },
    sites: [site.server],
    manualTicks: true,
  });
  try {
    await bot.client.rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), {
      body: [...bot.context.commands.values()].map((command) => command.data.toJSON()),
    });
    const card = await fake.slashCommand('article', { url: `${site.url}/ai/openai-aws-turn` }).reply();
    assert.equal(card.embeds.length, 1, 'the answer went out through the proxy');

    await adminFollowsDesk(fake, site);
    // The proxy retries the post after the 429 with the same body (a spent request stream would be empty).
    fake.failNext({ method: 'POST', path: POST_PATH }, { status: 429, retryAfter: 0.2 });
    const report = await bot.scheduler.tick();
    assert.equal(report.posted, 1, JSON.stringify(report));
    assert.equal(fake.botPosts(fake.channels.news).length, 1);

    const metrics = await (await fetch(`${proxy.metricsServer?.url}/metrics`)).text();
    assert.equal(sample(metrics, 'newsdesk_discord_rest_429_total{client="proxy"}'), 1, 'the proxy met the 429');
    assert.deepEqual(fake.violations, []);
  } finally {
    await bot.stop();
    await proxy.stop();
    await site.close();
    await fake.close();
  }
});
