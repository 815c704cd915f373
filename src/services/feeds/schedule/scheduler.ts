import cron, { type ScheduledTask } from 'node-cron';
import type { ArticleService } from '../../article-service.js';
import type { Logger } from '../../logger.js';
import type { Delivery, ReplayReport } from '../deliver/delivery.js';
import type { FeedService } from '../fetch/feed-service.js';
import type { ChannelStories } from '../state/channel-stories.js';
import type { DeliveryLog } from '../state/delivery-log.js';
import type { FeedStates } from '../state/feed-states.js';
import type { SeenItems } from '../state/seen-items.js';
import { isPaused, type Subscriptions } from '../state/subscriptions.js';
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
  rules: SchedulerRules;
  logger: Logger;
  now: () => number;
  /** Told each tick's report (the metrics count it). */
  onTick?(report: TickReport): void;
}

/** What one tick did. */
export interface TickReport extends PollReport, PostReport {
  due: number;
  replayed: number;
}

/**
 * The feed scheduler: a node-cron heartbeat that only selects due work (miniflux's scheduler), one
 * tick at a time. Each tick first finishes the outbox, then checks due subscriptions and posts.
 */
export class Scheduler {
  private task?: ScheduledTask;
  private running?: Promise<TickReport>;

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

  /** Stop the heartbeat and wait for a running tick to end. */
  async stop(): Promise<void> {
    await this.task?.destroy();
    this.task = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Finish posts a crash or an outage left in the outbox (run at start, before the first tick). */
  replayOutbox(): Promise<ReplayReport> {
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
    const now = deps.now();
    const due = (await deps.subscriptions.all()).filter(
      (subscription) => !isPaused(subscription) && subscription.nextCheckAt <= now,
    );
    const { work, report: poll, validators } = await pollDue(due, deps);
    const { report: post, recorded } = await postWork(work, {
      ...deps,
      concurrency: deps.rules.concurrency,
      blockedChannels: replay.failedChannels,
    });
    await commitValidators(validators, recorded, deps.feedStates);
    const report: TickReport = { due: due.length, replayed: replay.posted + replay.edited, ...poll, ...post };
    deps.logger.info('scheduler tick', { ...report, duration_ms: Math.round(performance.now() - started) });
    deps.onTick?.(report);
    return report;
  }
}
