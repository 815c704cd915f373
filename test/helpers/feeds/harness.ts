import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { createServices, type SchedulerOptions, type Services } from '../../../src/create-services.js';
import { createRestPoster } from '../../../src/services/feeds/deliver/poster/rest-poster.js';
import type { Scheduler } from '../../../src/services/feeds/schedule/scheduler.js';
import { newSubscriptionId } from '../../../src/services/feeds/state/subscriptions.js';
import type { Subscription } from '../../../src/services/feeds/state/types.js';
import { silentLogger } from '../../../src/services/logger.js';
import {
  createFakeClock,
  type FakeClock,
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from '../fake-discord/index.js';
import { loopbackEnv } from '../http-server.js';
import { assertRedisReachable, deleteQueueKeys, type QueueKind, queueEnv, uniqueQueuePrefix } from '../redis-queue.js';
import { type FeedSite, startFeedSite } from './feed-site.js';

/** 2026-04-16T09:00Z: a day after the fixture feeds' newest item. */
export const FIXTURE_NOW = Date.parse('2026-04-16T09:00:00Z');

/** A feed site, a fake Discord sharing one manual clock, and the real scheduler posting over REST. */
export interface FeedHarness {
  site: FeedSite;
  fake: FakeDiscord;
  clock: FakeClock;
  services: Services;
  scheduler: Scheduler;
  /** Store a subscription as /feed add would (due now). */
  subscribe(fields: Partial<Subscription> & { feedUrl: string }): Promise<Subscription>;
  /**
   * Another worker over the same SQLite file, fake Discord and queue, as a second process would be
   * (its own scheduler, queue connection and poster); closed with the harness.
   */
  addWorker(): Services;
  /** Close services and scheduler and build them again over the same SQLite file (a restart). */
  restart(): Promise<void>;
  /** Posts the scheduler made in a channel (visible messages by the bot), by the link their card opens. */
  postedLinks(channelId?: string): string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  now?: number;
  scheduler?: Omit<SchedulerOptions, 'now'>;
  /** How the fake Discord's guild is shaped (the bot's permissions, say). */
  discord?: Omit<FakeDiscordOptions, 'clock'>;
  /** Default: the in-process queue; 'bullmq' runs on a fresh queue in the test Redis. */
  queue?: QueueKind;
}

export async function startFeedHarness(options: HarnessOptions = {}): Promise<FeedHarness> {
  const queue = options.queue ?? 'in-process';
  const queuePrefix = uniqueQueuePrefix();
  if (queue === 'bullmq') await assertRedisReachable();
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-feeds-'));
  const clock = createFakeClock(options.now ?? FIXTURE_NOW);
  const site = await startFeedSite();
  const fake = await startFakeDiscord({ ...options.discord, clock });
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiBase,
    STORE_URL: `sqlite://${join(dir, 'state.sqlite')}`,
    ...loopbackEnv(site.server.port),
    FETCH_TIMEOUT_MS: '1500',
    FAILURE_CACHE_SECONDS: '0',
    ...queueEnv(queue, queuePrefix),
    ...options.env,
  });
  const build = () => {
    const poster = createRestPoster({ apiBase: fake.apiBase, token: fake.token, timeoutMs: 3000 });
    const services = createServices(config, silentLogger, {
      scheduler: { poster, ...options.scheduler, now: clock.now },
    });
    return { services, scheduler: services.scheduler };
  };
  let current = build();
  const workers: Services[] = [];
  const harness: FeedHarness = {
    site,
    fake,
    clock,
    get services() {
      return current.services;
    },
    get scheduler() {
      return current.scheduler;
    },
    async subscribe(fields) {
      const subscription: Subscription = {
        id: newSubscriptionId(),
        guildId: fake.guildId,
        channelId: fake.channels.news,
        title: fields.feedUrl,
        intervalMinutes: 10,
        mode: 'cards',
        createdAt: clock.now(),
        nextCheckAt: clock.now(),
        failures: 0,
        initialized: false,
        ...fields,
      };
      await current.services.subscriptions.save(subscription);
      return subscription;
    },
    addWorker() {
      const { services } = build();
      workers.push(services);
      return services;
    },
    async restart() {
      await current.scheduler.stop();
      await current.services.store.close();
      current = build();
    },
    postedLinks(channelId = fake.channels.news) {
      return fake.botPosts(channelId).map((message) => String(message.embeds[0]?.url ?? message.content));
    },
    async close() {
      for (const services of [current.services, ...workers]) {
        await services.scheduler.stop();
        await services.store.close();
      }
      await fake.close();
      await site.close();
      if (queue === 'bullmq') await deleteQueueKeys(queuePrefix);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
