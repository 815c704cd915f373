import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../src/config.js';
import { newSubscriptionId } from '../src/services/feeds/state/subscriptions.js';
import { silentLogger } from '../src/services/logger.js';
import { startWorker } from '../src/worker.js';
import { startFeedSite } from './helpers/feeds/feed-site.js';
import { instantPoster } from './helpers/feeds/instant-poster.js';
import { loopbackEnv } from './helpers/http-server.js';

test('stopping the worker lets the post in hand finish and be marked seen before the store closes', async () => {
  const site = await startFeedSite();
  site.publish('desk', { id: 'one', published: new Date(Date.now() - 10 * 60_000) });
  const config = loadConfig({
    DISCORD_TOKEN: 'unused-by-this-poster',
    STORE_URL: 'memory://',
    SCHEDULER_CRON: '* * * * * *',
    ...loopbackEnv(site.server.port),
  });
  // Discord takes its time with the post: the stop comes while it is in flight.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let posting = () => {};
  const inFlight = new Promise<void>((resolve) => {
    posting = resolve;
  });
  const poster = instantPoster();
  const slowPoster = {
    ...poster,
    async post(message: Parameters<typeof poster.post>[0]) {
      posting();
      await released;
      return poster.post(message);
    },
  };
  let marked = false;
  const worker = await startWorker(config, silentLogger, {
    scheduler: {
      poster: slowPoster,
      hooks: {
        afterMark: () => {
          marked = true;
        },
      },
    },
  });
  try {
    await worker.services.subscriptions.save({
      id: newSubscriptionId(),
      guildId: '1',
      channelId: '2',
      feedUrl: `${site.url}/gen/desk.xml`,
      title: 'desk',
      intervalMinutes: 10,
      mode: 'cards',
      createdAt: Date.now(),
      nextCheckAt: Date.now(),
      failures: 0,
      initialized: false,
    });
    await inFlight;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(stopped, false, 'the stop waits for the post in hand');
    release();
    await stopping;
    assert.equal(poster.posted(), 1);
    assert.equal(marked, true, 'the item was marked seen before the store closed');
  } finally {
    release();
    await site.close();
  }
});
