import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedHarness, startFeedHarness } from '../helpers/feeds/harness.js';
import type { QueueKind } from '../helpers/redis-queue.js';

const MINUTE = 60_000;
const FEEDS = 12;

/** Feeds with three new items each, every feed followed from two channels. */
async function publishAndSubscribe(h: FeedHarness): Promise<string[]> {
  const links: string[] = [];
  for (let feed = 0; feed < FEEDS; feed++) {
    for (const id of ['a', 'b', 'c']) {
      const item = h.site.publish(`q${feed}`, { id, published: new Date(h.clock.now() - 5 * MINUTE) });
      links.push(`${h.site.url}${item.path}`);
    }
    for (const channelId of [h.fake.channels.news, h.fake.channels.other])
      await h.subscribe({ feedUrl: `${h.site.url}/gen/q${feed}.xml`, channelId, initialized: true });
  }
  return links;
}

/** How many messages show each link in a channel. */
function messagesPerLink(h: FeedHarness, channelId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of h.postedLinks(channelId)) counts.set(link, (counts.get(link) ?? 0) + 1);
  return counts;
}

function assertEachOnce(h: FeedHarness, links: string[]): void {
  for (const channelId of [h.fake.channels.news, h.fake.channels.other]) {
    const counts = messagesPerLink(h, channelId);
    assert.deepEqual([...counts.keys()].sort(), [...links].sort(), 'every item reached the channel');
    assert.ok(
      [...counts.values()].every((count) => count === 1),
      'no item twice',
    );
  }
  assert.deepEqual(h.fake.violations, []);
}

async function withHarness(queue: QueueKind, run: (h: FeedHarness) => Promise<void>): Promise<void> {
  const h = await startFeedHarness({ queue });
  try {
    await run(h);
  } finally {
    await h.close();
  }
}

test('two workers on one BullMQ queue split the feeds: each feed fetched once, every new item posted once', () =>
  withHarness('bullmq', async (h) => {
    const links = await publishAndSubscribe(h);
    const second = h.addWorker();
    const [first, other] = await Promise.all([h.scheduler.tick(), second.scheduler.tick()]);
    assert.equal(first.feeds + other.feeds, FEEDS, 'each feed checked by one worker');
    for (let feed = 0; feed < FEEDS; feed++) assert.equal(h.site.hits(`/gen/q${feed}.xml`).length, 1);
    assertEachOnce(h, links);

    // The next round: both workers again, one new item per feed.
    h.clock.advance(10 * MINUTE);
    for (let feed = 0; feed < FEEDS; feed++) {
      const item = h.site.publish(`q${feed}`, { id: 'd', published: new Date(h.clock.now() - MINUTE) });
      links.push(`${h.site.url}${item.path}`);
    }
    const [again, otherAgain] = await Promise.all([h.scheduler.tick(), second.scheduler.tick()]);
    assert.equal(again.feeds + otherAgain.feeds, FEEDS);
    assertEachOnce(h, links);
  }));

test('the same subscriptions handed to two workers by mistake (two in-process queues over one store): each item still posted once', () =>
  withHarness('in-process', async (h) => {
    const links = await publishAndSubscribe(h);
    const second = h.addWorker();
    // Both take every feed: each is checked twice, and the outbox, the nonce and Discord's
    // enforce_nonce make the second copy of each post the first message.
    const [first, other] = await Promise.all([h.scheduler.tick(), second.scheduler.tick()]);
    assert.equal(first.feeds + other.feeds, 2 * FEEDS, 'both checked every feed');
    assertEachOnce(h, links);
  }));

for (const queue of ['in-process', 'bullmq'] as const)
  test(`${queue} queue: only a scheduler's first tick reads every subscription; later ticks take the due feeds`, () =>
    withHarness(queue, async (h) => {
      await publishAndSubscribe(h);
      const { subscriptions } = h.services;
      const readAll = subscriptions.all.bind(subscriptions);
      let fullReads = 0;
      subscriptions.all = () => {
        fullReads += 1;
        return readAll();
      };
      await h.scheduler.tick();
      assert.equal(fullReads, 1, 'the first tick seeds the queue from the store');
      for (let round = 0; round < 3; round++) {
        h.clock.advance(10 * MINUTE);
        assert.equal((await h.scheduler.tick()).due, 2 * FEEDS);
      }
      assert.equal(fullReads, 1, 'no later tick read them all');
    }));
