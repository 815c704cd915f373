/**
 * `npm run soak`: the kill soak. The real scheduler, in a process of its own over one SQLite file,
 * is SIGKILLed at random moments round after round while its feeds gain items and the fake Discord
 * answers 429s (route and global) and bursts of 5xx. At the end every published item must be in
 * its channel exactly once, and the store must still open. Seeded: the same seed gives the same
 * kills, items and faults (`--seed N`, `--rounds N`, `--subscriptions N`). `--queue bullmq` runs the
 * feed checks on a BullMQ queue in the test Redis (db 12), so kills also land on held feed jobs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Subscriptions } from '../src/services/feeds/state/subscriptions.js';
import { openStore } from '../src/services/store.js';
import { createFakeClock, type FakeDiscord, startFakeDiscord } from '../test/helpers/fake-discord/index.js';
import type { CrashRunnerArgs } from '../test/helpers/feeds/crash-runner.js';
import { type FeedSite, startFeedSite } from '../test/helpers/feeds/feed-site.js';
import {
  assertRedisReachable,
  deleteQueueKeys,
  QUEUE_KINDS,
  type QueueKind,
  TEST_QUEUE_REDIS,
  uniqueQueuePrefix,
} from '../test/helpers/redis-queue.js';
import { type EntryResult, runEntry } from '../test/helpers/run-cli.js';
import { renderTable } from './bench/table.js';

const START = Date.parse('2026-06-01T12:00:00Z');
/** Each round is one check interval later, so every subscription is due again. */
const ROUND_MS = 11 * 60_000;
/** Clean runs allowed at the end to finish what the outbox and backlogs hold. */
const SETTLE_RUNS = 8;
/** A kill lands anywhere from start-up to deep inside a tick. */
const KILL_WINDOW_MS: [number, number] = [50, 4000];

/** mulberry32: a small seeded generator, so a failing soak can be run again as it was. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type DiscordFault = 'none' | '429 route' | '429 global' | '5xx burst';

/** Queue this round's Discord trouble on message posts. */
function injectFault(fake: FakeDiscord, fault: DiscordFault): void {
  const posts = { method: 'POST', path: /^\/channels\/\d+\/messages$/ };
  if (fault === '429 route') fake.failNext(posts, { status: 429, retryAfter: 0.2, count: 3 });
  if (fault === '429 global') fake.failNext(posts, { status: 429, retryAfter: 0.2, global: true, count: 2 });
  if (fault === '5xx burst') fake.failNext(posts, { status: 503, count: 6 });
}

/** Messages per item link over every channel: a lost item has none, a duplicate more than one. */
function messagesPerLink(fake: FakeDiscord): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of fake.botPosts()) {
    const link = message.embeds[0]?.url;
    if (link) counts.set(link, (counts.get(link) ?? 0) + 1);
  }
  return counts;
}

async function subscribeAll(storeUrl: string, fake: FakeDiscord, site: FeedSite, count: number): Promise<void> {
  const store = openStore(storeUrl);
  const subscriptions = new Subscriptions(store.ns('sub'));
  const channels = [fake.channels.general, fake.channels.news, fake.channels.other];
  for (let i = 0; i < count; i++) {
    await subscriptions.save({
      id: `soak${i}`,
      guildId: fake.guildId,
      channelId: channels[i % channels.length] ?? fake.channels.news,
      feedUrl: `${site.url}/gen/s${i}.xml`,
      title: `Soak ${i}`,
      intervalMinutes: 10,
      mode: 'cards',
      createdAt: START,
      nextCheckAt: START,
      failures: 0,
      initialized: true,
    });
  }
  await store.close();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '20' },
      subscriptions: { type: 'string', default: '300' },
      queue: { type: 'string', default: 'in-process' },
    },
    strict: true,
  });
  const seed = Number(values.seed);
  const rounds = Number(values.rounds);
  const subscriptionCount = Number(values.subscriptions);
  if (![seed, rounds, subscriptionCount].every((n) => Number.isInteger(n) && n > 0)) {
    console.error('soak: --seed, --rounds and --subscriptions take positive whole numbers');
    process.exit(2);
  }
  const queue = values.queue as QueueKind;
  if (!(QUEUE_KINDS as readonly string[]).includes(queue)) {
    console.error(`soak: --queue takes ${QUEUE_KINDS.join(' or ')}`);
    process.exit(2);
  }
  if (queue === 'bullmq') await assertRedisReachable();
  const queuePrefix = uniqueQueuePrefix();
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-soak-'));
  const site = await startFeedSite();
  const clock = createFakeClock(START);
  const fake = await startFakeDiscord({ clock });
  const storeUrl = `sqlite://${join(dir, 'state.sqlite')}`;
  const started = performance.now();
  const published: string[] = [];
  const outcomes = { killed: 0, finished: 0, crashed: 0 };
  const faults = new Map<DiscordFault, number>();
  let now = START;
  try {
    await subscribeAll(storeUrl, fake, site, subscriptionCount);
    const run = (killAfterMs?: number): Promise<EntryResult> => {
      const args: CrashRunnerArgs = {
        apiBase: fake.apiBase,
        token: fake.token,
        storeUrl,
        sitePort: site.server.port,
        now,
        ...(queue === 'bullmq' ? { queue: { url: TEST_QUEUE_REDIS, prefix: queuePrefix } } : {}),
      };
      return runEntry('test/helpers/feeds/crash-runner.js', [JSON.stringify(args)], { killAfterMs });
    };

    for (let round = 0; round < rounds; round++) {
      // About one feed in six gains one or two items this round.
      for (let i = 0; i < subscriptionCount; i++) {
        if (random() > 1 / 6) continue;
        const extra = random() < 0.25 ? 2 : 1;
        for (let k = 0; k < extra; k++) {
          const item = site.publish(`s${i}`, { id: `r${round}-${k}`, published: new Date(now - (k + 1) * 60_000) });
          published.push(`${site.url}${item.path}`);
        }
      }
      const fault = pick<DiscordFault>(['none', '429 route', '429 global', '5xx burst']);
      faults.set(fault, (faults.get(fault) ?? 0) + 1);
      injectFault(fake, fault);
      const [low, high] = KILL_WINDOW_MS;
      const result = await run(Math.round(low + random() * (high - low)));
      if (result.signal === 'SIGKILL') outcomes.killed += 1;
      else if (result.code === 0) outcomes.finished += 1;
      else {
        outcomes.crashed += 1;
        console.error(`round ${round}: the scheduler failed on its own (code ${result.code}): ${result.stderr.trim()}`);
      }
      now += ROUND_MS;
      clock.advance(ROUND_MS);
    }

    // No more kills or faults: let the outbox and the per-check caps drain.
    let settleRuns = 0;
    for (; settleRuns < SETTLE_RUNS; settleRuns++) {
      const result = await run();
      if (result.code !== 0) throw new Error(`a clean run failed: ${result.stderr.trim()}`);
      const { replay, tick } = JSON.parse(result.stdout) as {
        replay: { posted: number; failed: number };
        tick: { posted: number; postsFailed: number; edited: number };
      };
      now += ROUND_MS;
      clock.advance(ROUND_MS);
      if (replay.posted + replay.failed + tick.posted + tick.postsFailed + tick.edited === 0) break;
    }

    const store = openStore(storeUrl);
    const storeOpens = (await new Subscriptions(store.ns('sub')).all()).length === subscriptionCount;
    await store.close();
    const counts = messagesPerLink(fake);
    const lost = published.filter((link) => !counts.has(link)).length;
    const duplicated = published.filter((link) => (counts.get(link) ?? 0) > 1).length;
    console.log(
      renderTable({
        title: `Kill soak (seed ${seed}, ${queue} queue)`,
        columns: ['measure', 'value'],
        rows: [
          ['subscriptions', subscriptionCount],
          ['rounds (each ended by SIGKILL or by finishing its tick)', rounds],
          ['killed mid-run', outcomes.killed],
          ['finished before the kill', outcomes.finished],
          ['failed on their own', outcomes.crashed],
          ['Discord faults (none / 429 route / 429 global / 5xx burst)', faultSummary(faults)],
          ['clean runs to settle', settleRuns + 1],
          ['items published', published.length],
          ['items posted exactly once', published.length - lost - duplicated],
          ['items lost', lost],
          ['items posted more than once', duplicated],
          ['store opens after the last kill', storeOpens ? 'yes' : 'NO'],
          ['duration (s)', Math.round((performance.now() - started) / 1000)],
        ],
        note: 'Target: 0 lost, 0 duplicated, 0 failed on their own, the store opens.',
      }),
    );
    if (lost > 0 || duplicated > 0 || outcomes.crashed > 0 || !storeOpens) process.exitCode = 1;
  } finally {
    await fake.close();
    await site.close();
    if (queue === 'bullmq') await deleteQueueKeys(queuePrefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

function faultSummary(faults: Map<DiscordFault, number>): string {
  return (['none', '429 route', '429 global', '5xx burst'] as const).map((fault) => faults.get(fault) ?? 0).join(' / ');
}

main().catch((error: unknown) => {
  console.error(`soak: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
