import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiscordAPIError } from '@discordjs/rest';
import { Delivery } from '../../../../src/services/feeds/deliver/delivery.js';
import { CLOCK_SKEW_MS, NONCE_TRUST_MS } from '../../../../src/services/feeds/deliver/poster/earlier-post.js';
import type { ChannelPost, Poster, SentMessage } from '../../../../src/services/feeds/deliver/poster/rest-poster.js';
import { ChannelStories } from '../../../../src/services/feeds/state/channel-stories.js';
import { DeliveryLog } from '../../../../src/services/feeds/state/delivery-log.js';
import { Outbox } from '../../../../src/services/feeds/state/outbox.js';
import { SeenItems } from '../../../../src/services/feeds/state/seen-items.js';
import { Subscriptions } from '../../../../src/services/feeds/state/subscriptions.js';
import type { OutboxEntry } from '../../../../src/services/feeds/state/types.js';
import { silentLogger } from '../../../../src/services/logger.js';
import { openStore } from '../../../../src/services/store.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const CHANNEL = '100000000000000001';
const card = { url: 'https://news.example/a', title: 'Harbor council budget', description: 'The council agreed.' };

/** A poster whose channel read is scripted; it records what it was asked. */
function scriptedPoster(read: () => Promise<SentMessage[]>) {
  const posts: ChannelPost[] = [];
  const reads: { since?: number }[] = [];
  const poster: Poster = {
    post: async (message) => (posts.push(message), { id: `posted-${posts.length}` }),
    fetchMessage: async () => ({ embeds: [] }),
    edit: async () => undefined,
    recentMessages: async (_channel, _limit, since) => (reads.push({ since }), read()),
  };
  return { poster, posts, reads };
}

async function setup(poster: Poster, entry: Partial<OutboxEntry>, now = NOW) {
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
  const seen = new SeenItems(store.ns('seen'));
  const full: OutboxEntry = {
    nonce: 'nonce-a',
    channelId: CHANNEL,
    embeds: [card],
    marks: [{ subscriptionId: 'sub1', itemId: 'a' }],
    stories: [],
    subscriptionIds: ['sub1'],
    kind: 'item',
    createdAt: NOW,
    seq: 0,
    attempts: 0,
    ...entry,
  };
  await outbox.put(full);
  const delivery = new Delivery({
    outbox,
    seen,
    subscriptions,
    stories: new ChannelStories(store.ns('seen'), 86_400_000),
    log: new DeliveryLog(store.ns('log'), silentLogger),
    poster,
    logger: silentLogger,
    now: () => now,
  });
  return { delivery, outbox, seen };
}

const forbidden = () =>
  new DiscordAPIError({ code: 50001, message: 'Missing Access' }, 50001, 403, 'GET', '/channels/1/messages', {});
const later = NOW + 10 * 60_000;

test('an entry first sent longer ago than the nonce is trusted, found in the channel, is confirmed with that message and not posted again', async () => {
  const { poster, posts, reads } = scriptedPoster(async () => [
    { id: 'other', content: '', embeds: [{ ...card, url: 'https://news.example/b' }] },
    { id: 'earlier', content: '', embeds: [card] },
  ]);
  const { delivery, outbox, seen } = await setup(poster, { firstAttemptAt: NOW }, later);
  const report = await delivery.replay();
  assert.equal(posts.length, 0, 'nothing was posted');
  assert.deepEqual(reads, [{ since: NOW - CLOCK_SKEW_MS }], 'the channel was read from just before the first send');
  assert.equal(report.posted, 1);
  assert.equal(await seen.has('sub1', 'a'), true);
  assert.deepEqual(await outbox.pending(), []);
});

test('not found in the channel, or the channel cannot be read (403): the entry is posted (a lost post is worse than a rare duplicate)', async () => {
  for (const read of [async () => [], async () => Promise.reject(forbidden())]) {
    const { poster, posts } = scriptedPoster(read);
    const { delivery, seen } = await setup(poster, { firstAttemptAt: NOW }, later);
    assert.equal((await delivery.replay()).posted, 1);
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.nonce, 'nonce-a');
    assert.equal(await seen.has('sub1', 'a'), true);
  }
});

test('a read that fails for now (outage) leaves the entry in the outbox, unposted, for the next tick', async () => {
  const { poster, posts } = scriptedPoster(async () => Promise.reject(new Error('503 Service Unavailable')));
  const { delivery, outbox } = await setup(poster, { firstAttemptAt: NOW }, later);
  const report = await delivery.replay();
  assert.equal(report.failed, 1);
  assert.equal(posts.length, 0);
  const [waiting] = await outbox.pending();
  assert.equal(waiting!.attempts, 1);
  assert.equal(waiting!.firstAttemptAt, NOW, 'the first send keeps its date');
});

test('a first send is dated in the outbox before it goes out; a young entry relies on its nonce without reading the channel', async () => {
  let storedAtPost: OutboxEntry | undefined;
  const { poster, posts, reads } = scriptedPoster(async () => []);
  const { delivery, outbox } = await setup(
    { ...poster, post: async (message) => (([storedAtPost] = await outbox.pending()), poster.post(message)) },
    {},
  );
  await delivery.replay();
  assert.equal(storedAtPost!.firstAttemptAt, NOW);
  assert.equal(posts.length, 1);
  assert.deepEqual(reads, [], 'a first send has nothing to look for');

  const young = scriptedPoster(async () => []);
  const again = await setup(young.poster, { firstAttemptAt: NOW - NONCE_TRUST_MS + 1 });
  await again.delivery.replay();
  assert.deepEqual(young.reads, []);
  assert.equal(young.posts.length, 1);
});
