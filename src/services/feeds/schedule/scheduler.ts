import cron, { type ScheduledTask } from 'node-cron';
import type { ArticleService } from '../../article-service.js';
import type { ServerLanguages } from '../../language/server-settings.js';
import type { Logger } from '../../logger.js';
import type { Delivery, ReplayReport } from '../deliver/delivery.js';
import type { FeedService } from '../fetch/feed-service.js';
import type { FeedClaim, FeedIndex, FeedQueue } from '../queue/feed-queue.js';
import type { HostSlots } from '../queue/host-slots.js';
import { seedFeedWork } from '../queue/queued-subscriptions.js';
import type { ChannelStories } from '../state/channel-stories.js';
import type { DeliveryLog } from '../state/delivery-log.js';
import type { FeedStates } from '../state/feed-states.js';
import type { SeenItems } from '../state/seen-items.js';
import type { Subscriptions } from '../state/subscriptions.js';
import { dueSubscriptions, releaseClaims } from './due-feeds.js';
import { commitValidators, type PollReport, pollDue } from './poll-due.js';
import { type PostReport, postWork } from './post-channels.js';
import type { SchedulerRules } from './rules.js';

export interface SchedulerDeps {
  subscriptions: Subscriptions;
  seen: SeenItems;
  feedStates: FeedStates;
  stories: ChannelStories;
  log: DeliveryLog;
  delivery: Delivery;
  feeds: FeedService;
  articles: ArticleService;
  /** The language a server chose for its cards (/settings language); none: the cards as they always were. */
  languages?: ServerLanguages;
  rules: SchedulerRules;
  logger: Logger;
  now: () => number;
  /** Told each tick's report (the metrics count it). */
  onTick?(report: TickReport): void;
  /** Each feed is one job, due at its next check: a tick takes the due ones, not every subscription. */
  queue: FeedQueue;
  feedIndex: FeedIndex;
  hostSlots: HostSlots;
}

/** What one tick did. */
export interface TickReport extends PollReport, PostReport {
  due: number;
  replayed: number;
}

/**
 * The feed scheduler: a node-cron heartbeat that only takes due work (miniflux's scheduler), one
 * tick at a time. Each tick first finishes the outbox, then claims the due feeds from the queue,
 * checks their due subscriptions, posts, and gives each feed back due at its next check.
 */
export class Scheduler {
  private task?: ScheduledTask;
  private running?: Promise<TickReport>;
  /** Whether this process put the stored subscriptions in the queue yet (once, at its first tick). */
  private seeded = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Start the heartbeat. A beat that comes while a tick still runs is skipped. */
  start(): void {
    if (this.task) return;
    if (!cron.validate(this.deps.rules.cron))
      throw new Error(`SCHEDULER_CRON is not a valid cron expression: "${this.deps.rules.cron}"`);
    this.task = cron.schedule(
      this.deps.rules.cron,
      () => {
        if (this.running) return;
        this.tick().catch((error: unknown) => this.deps.logger.error('scheduler tick failed', { error }));
      },
      { name: 'newsdesk-feeds', noOverlap: true },
    );
  }

  /** Stop the heartbeat, wait for a running tick to end, and let go of the queue. */
  async stop(): Promise<void> {
    await this.stopHeartbeat();
    await this.running?.catch(() => undefined);
    await this.deps.queue.close();
  }

  /** Stop the cron heartbeat only: ticks still run when asked (tests drive them by hand). */
  async stopHeartbeat(): Promise<void> {
    await this.task?.destroy();
    this.task = undefined;
  }

  /**
   * Connect to the queue (at start, before the first tick): a shared queue then begins taking over
   * the feeds of processes that died, which takes up to two lock periods.
   */
  open(): Promise<void> {
    return this.deps.queue.open();
  }

  /** Finish posts a crash or an outage left in the outbox (run at start, before the first tick). */
  async replayOutbox(): Promise<ReplayReport> {
    await this.open();
    return this.deps.delivery.replay();
  }

  /** Run one tick now; if one is running, wait for it and then run a fresh one (it may have started before a change). */
  async tick(): Promise<TickReport> {
    while (this.running) await this.running.catch(() => undefined);
    const run = this.runTick().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async runTick(): Promise<TickReport> {
    const { deps } = this;
    const started = performance.now();
    const replay = await deps.delivery.replay();
    if (!this.seeded) {
      await seedFeedWork(deps.subscriptions, { queue: deps.queue, index: deps.feedIndex });
      this.seeded = true;
    }
    const now = deps.now();
    const claims = await deps.queue.takeDueFeeds(now);
    const { due, poll, post } = await this.checkAndPost(claims, now, replay.failedChannels).finally(() =>
      releaseClaims(claims, deps),
    );
    const report: TickReport = { due, replayed: replay.posted + replay.edited, ...poll, ...post };
    deps.logger.info('scheduler tick', { ...report, duration_ms: Math.round(performance.now() - started) });
    deps.onTick?.(report);
    return report;
  }

  /** Check the claimed feeds' due subscriptions and post what they decided. */
  private async checkAndPost(
    claims: FeedClaim[],
    now: number,
    blockedChannels: ReadonlySet<string>,
  ): Promise<{ due: number; poll: PollReport; post: PostReport }> {
    const { deps } = this;
    const due = await dueSubscriptions(claims, now, deps);
    const { work, report: poll, validators } = await pollDue(due, deps);
    const { report: post, recorded } = await postWork(work, {
      ...deps,
      concurrency: deps.rules.concurrency,
      blockedChannels,
    });
    await commitValidators(validators, recorded, deps.feedStates);
    return { due: due.length, poll, post };
  }
}
