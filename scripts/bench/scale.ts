import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { BullFeedQueue } from '../../src/services/feeds/queue/bullmq-feed-queue.js';
import type { FeedIndex, FeedQueue } from '../../src/services/feeds/queue/feed-queue.js';
import { MemoryFeedIndex } from '../../src/services/feeds/queue/memory-feed-index.js';
import { MemoryFeedQueue } from '../../src/services/feeds/queue/memory-feed-queue.js';
import { dueSubscriptions } from '../../src/services/feeds/schedule/due-feeds.js';
import { isPaused, Subscriptions } from '../../src/services/feeds/state/subscriptions.js';
import type { Subscription } from '../../src/services/feeds/state/types.js';
import { openStore } from '../../src/services/store.js';
import {
  assertRedisReachable,
  deleteQueueKeys,
  TEST_QUEUE_REDIS,
  uniqueQueuePrefix,
} from '../../test/helpers/redis-queue.js';
import type { BenchTable } from './table.js';

/**
 * The cost of finding due work as subscriptions grow (synthetic: no fetching, one subscription per
 * feed, the same 100 due each time): the old scan of every subscription against the queue's take of
 * the due feeds, in-process and on BullMQ (test Redis, db 12). Flat is the target.
 */
const SIZES = [10_000, 100_000];
const DUE = 100;
const RUNS = 3;
const HOUR = 3_600_000;

function syntheticSubscription(i: number, now: number): Subscription {
  return {
    id: `s${i}`,
    guildId: 'g',
    channelId: `c${i % 500}`,
    feedUrl: `https://host${i % 200}.example/f/${i}.xml`,
    title: `Feed ${i}`,
    intervalMinutes: 10,
    mode: 'cards',
    createdAt: now,
    // The first DUE are due; the rest an hour on.
    nextCheckAt: i < DUE ? now : now + HOUR,
    failures: 0,
    initialized: true,
  };
}

/** Median milliseconds of `runs` runs of `find`, which must find exactly DUE subscriptions. */
async function median(find: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const found = await find();
    times.push(performance.now() - started);
    if (found !== DUE) throw new Error(`found ${found} due subscriptions, expected ${DUE}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

/** Take the due feeds and read their due subscriptions, then put them back due, for the next run. */
function takeDue(queue: FeedQueue, index: FeedIndex, subscriptions: Subscriptions, now: () => number) {
  return async () => {
    const claims = await queue.takeDueFeeds(now());
    const due = await dueSubscriptions(claims, now(), { subscriptions, feedIndex: index });
    for (const claim of claims) await claim.release(now());
    return due.length;
  };
}

async function measure(size: number, prefix: string): Promise<(string | number)[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-scale-'));
  const store = openStore(`sqlite://${join(dir, 'state.sqlite')}`);
  const redis = new Redis(TEST_QUEUE_REDIS, { maxRetriesPerRequest: null });
  const bull = new BullFeedQueue({
    redis,
    prefix,
    lockMs: 30_000,
    now: Date.now,
    wallClock: true,
    onError: (error) => console.error(error),
  });
  try {
    const subscriptions = new Subscriptions(store.ns('sub'));
    const memory = new MemoryFeedQueue();
    const memoryIndex = new MemoryFeedIndex();
    const bullIndex = new MemoryFeedIndex();
    const now = Date.now();
    for (let i = 0; i < size; i++) {
      const subscription = syntheticSubscription(i, now);
      await subscriptions.save(subscription);
      for (const index of [memoryIndex, bullIndex]) await index.add(subscription.feedUrl, subscription.id);
      await memory.scheduleFeedCheck(subscription.feedUrl, subscription.nextCheckAt);
      await bull.scheduleFeedCheck(subscription.feedUrl, subscription.nextCheckAt);
    }
    const scan = await median(async () => {
      const at = Date.now();
      return (await subscriptions.all()).filter((s) => !isPaused(s) && s.nextCheckAt <= at).length;
    });
    const inProcess = await median(takeDue(memory, memoryIndex, subscriptions, Date.now));
    const bullmq = await median(takeDue(bull, bullIndex, subscriptions, Date.now));
    return [size, DUE, Math.round(scan), inProcess, bullmq];
  } finally {
    await bull.close();
    await store.close();
    await deleteQueueKeys(prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchTable[]> {
  await assertRedisReachable();
  const rows: (string | number)[][] = [];
  for (const size of SIZES) rows.push(await measure(size, uniqueQueuePrefix()));
  return [
    {
      title: 'Finding due work as subscriptions grow (synthetic, no fetching)',
      columns: ['subscriptions', 'due', 'scan every subscription (ms)', 'in-process queue (ms)', 'BullMQ queue (ms)'],
      rows,
      note: `Target: the queues stay flat while the scan grows with the store. SQLite store, one subscription per feed, median of ${RUNS} runs; a queue's time is taking the due feeds, reading their subscriptions and giving the feeds back. BullMQ on ${TEST_QUEUE_REDIS}.`,
    },
  ];
}
