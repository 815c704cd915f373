import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { ChannelPost, Poster } from '../../../../src/services/feeds/deliver/poster/rest-poster.js';
import { LeasedDelivery } from '../../../../src/services/feeds/queue/leased-delivery.js';
import { RedisPostLeases } from '../../../../src/services/feeds/queue/redis-post-leases.js';
import { ChannelStories } from '../../../../src/services/feeds/state/channel-stories.js';
import { DeliveryLog } from '../../../../src/services/feeds/state/delivery-log.js';
import { Outbox } from '../../../../src/services/feeds/state/outbox.js';
import { SeenItems } from '../../../../src/services/feeds/state/seen-items.js';
import { Subscriptions } from '../../../../src/services/feeds/state/subscriptions.js';
import type { OutboxEntry } from '../../../../src/services/feeds/state/types.js';
import { silentLogger } from '../../../../src/services/logger.js';
import { openStore } from '../../../../src/services/store.js';
import {
  assertRedisReachable,
  deleteQueueKeys,
  TEST_QUEUE_REDIS,
  uniqueQueuePrefix,
} from '../../../helpers/redis-queue.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const CHANNEL = '100000000000000001';
const prefix = uniqueQueuePrefix();
let redis: Redis;

before(async () => {
  await assertRedisReachable();
  redis = new Redis(TEST_QUEUE_REDIS);
});

after(async () => {
  await redis.quit();
  await deleteQueueKeys(prefix);
});

/** A poster Discord takes its time with, so two senders overlap. */
function slowPoster() {
  const posts: ChannelPost[] = [];
  const poster: Poster = {
    post: async (message) => {
      posts.push(message);
      await sleep(150);
      return { id: `posted-${posts.length}` };
    },
    fetchMessage: async () => ({ embeds: [] }),
    edit: async () => undefined,
    recentMessages: async () => [],
  };
  return { poster, posts };
}

/** Two processes' deliveries over one store and one Redis, with one entry in the outbox. */
async function twoProcesses(leaseMs = 5000) {
  const store = openStore('memory://');
  const subscriptions = new Subscriptions(store.ns('sub'));
  await subscriptions.save({
    id: 'sub1',
    guildId: '1',
    channelId: CHANNEL,
    feedUrl: 'https://news.example/feed',
    title: 'News',
    intervalMinutes: 10,
    mode: 'cards',
    createdAt: NOW,
    nextCheckAt: NOW,
    failures: 0,
    initialized: true,
  });
  const outbox = new Outbox(store.ns('outbox'));
  const entry: OutboxEntry = {
    nonce: 'nonce-lease',
    channelId: CHANNEL,
    embeds: [{ url: 'https://news.example/a', title: 'A' }],
    marks: [{ subscriptionId: 'sub1', itemId: 'a' }],
    stories: [],
    subscriptionIds: ['sub1'],
    kind: 'item',
    createdAt: NOW,
    seq: 0,
    attempts: 0,
  };
  await outbox.put(entry);
  const { poster, posts } = slowPoster();
  const deps = {
    outbox,
    seen: new SeenItems(store.ns('seen')),
    subscriptions,
    stories: new ChannelStories(store.ns('seen'), 86_400_000),
    log: new DeliveryLog(store.ns('log'), silentLogger),
    poster,
    logger: silentLogger,
    now: () => NOW,
  };
  const deliveries = [0, 1].map(() => new LeasedDelivery(deps, new RedisPostLeases(redis, { prefix, leaseMs })));
  return { deliveries, entry, outbox, posts };
}

test('two processes replaying one outbox at once: the post is sent by one of them, once', async () => {
  const { deliveries, outbox, posts } = await twoProcesses();
  const reports = await Promise.all(deliveries.map((delivery) => delivery.replay()));
  assert.equal(posts.length, 1, 'one POST');
  assert.deepEqual(reports.map((report) => report.posted).sort(), [0, 1]);
  assert.equal(reports.find((report) => report.posted === 0)?.failedChannels.has(CHANNEL), true, 'the other waits');
  assert.deepEqual(await outbox.pending(), [], 'confirmed and cleared');
  // The next replay of the other process finds nothing left to send.
  assert.equal((await deliveries[1]!.replay()).posted, 0);
  assert.equal(posts.length, 1);
});

test('a lease whose holder died frees itself: the post is then sent by the next process', async () => {
  const { deliveries, entry, posts } = await twoProcesses(200);
  // A holder that never gives the lease back (killed mid-send).
  await redis.set(`${prefix}:post-lease:${entry.nonce}`, 'dead', 'PX', 200);
  assert.equal(await deliveries[0]!.attempt(entry), 'failed', 'held elsewhere: not sent');
  assert.equal(posts.length, 0);
  await sleep(250);
  assert.equal(await deliveries[0]!.attempt(entry), 'posted');
  assert.equal(posts.length, 1);
});
