import { randomUUID } from 'node:crypto';
import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { feedJobId } from './feed-job-id.js';
import type { FeedClaim, FeedQueue } from './feed-queue.js';

interface FeedJob {
  feedUrl: string;
  /** When the check is due on the scheduler's clock (the job's delay is only BullMQ's wake-up). */
  at: number;
}

export interface BullFeedQueueOptions {
  /** Taken over: closing the queue quits it. */
  redis: Redis;
  prefix: string;
  /** How long a claim holds its feed without renewal; a process killed mid-check loses it after this. */
  lockMs: number;
  now: () => number;
  /**
   * False when the scheduler's clock is driven by hand (tests, the crash runner): BullMQ's delays run
   * on the wall clock, so a tick then also promotes the delayed jobs due on the scheduler's clock.
   */
  wallClock: boolean;
  onError: (error: unknown) => void;
}

const QUEUE_NAME = 'feed-checks';

/**
 * Feed checks as BullMQ jobs shared by every process: one job per feed (its id is a hash of the URL),
 * delayed until the next check, taken with a lock that is renewed while the check runs. A process
 * that dies holding a feed stops renewing; BullMQ's stalled check hands the job to the next taker.
 * The job never completes while the feed has subscribers: it goes back to delayed after each check.
 */
export class BullFeedQueue implements FeedQueue {
  private readonly queue: Queue<FeedJob>;
  private readonly worker: Worker<FeedJob>;
  private readonly held = new Map<string, { job: Job<FeedJob>; token: string }>();
  private readonly renewal: NodeJS.Timeout;

  constructor(private readonly options: BullFeedQueueOptions) {
    const { redis, prefix, lockMs } = options;
    this.queue = new Queue<FeedJob>(QUEUE_NAME, { connection: redis, prefix });
    // Fetched by hand (no processor): a tick takes every due feed at once, like the in-process queue.
    this.worker = new Worker<FeedJob>(QUEUE_NAME, null, {
      connection: redis,
      prefix,
      autorun: false,
      lockDuration: lockMs,
      stalledInterval: Math.max(100, Math.floor(lockMs / 2)),
      // A feed's job lives as long as the feed is followed: a takeover after a crash must not fail it.
      maxStalledCount: Number.MAX_SAFE_INTEGER,
    });
    this.worker.on('error', options.onError);
    this.queue.on('error', options.onError);
    void this.worker.startStalledCheckTimer().catch(options.onError);
    this.renewal = setInterval(() => void this.renewLocks(), Math.max(50, Math.floor(lockMs / 3)));
    this.renewal.unref();
  }

  async open(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async scheduleFeedCheck(feedUrl: string, at: number): Promise<void> {
    const delay = Math.max(0, at - this.options.now());
    const job = await this.queue.add(
      'check',
      { feedUrl, at },
      { jobId: feedJobId(feedUrl), delay, removeOnComplete: true, removeOnFail: true },
    );
    // The id already had a job (another subscription, another process): keep the earlier time.
    if (job.data.at <= at) return;
    if (!(await job.isDelayed())) return;
    await job.updateData({ feedUrl, at });
    await job.changeDelay(delay);
  }

  async takeDueFeeds(now: number): Promise<FeedClaim[]> {
    if (!this.options.wallClock) await this.promoteDueOnOurClock(now);
    const claims: FeedClaim[] = [];
    for (;;) {
      const token = randomUUID();
      const job = await this.worker.getNextJob(token, { block: false });
      if (!job?.id) break;
      this.held.set(job.id, { job, token });
      claims.push({ feedUrl: job.data.feedUrl, release: (at) => this.release(job, token, at) });
    }
    return claims;
  }

  async close(): Promise<void> {
    clearInterval(this.renewal);
    await this.worker.close();
    await this.queue.close();
    await this.options.redis.quit().catch(() => undefined);
  }

  private async release(job: Job<FeedJob>, token: string, at: number | undefined): Promise<void> {
    if (job.id) this.held.delete(job.id);
    if (at === undefined) {
      await job.moveToCompleted('unfollowed', token, false);
      return;
    }
    await job.updateData({ feedUrl: job.data.feedUrl, at });
    await job.moveToDelayed(Date.now() + Math.max(0, at - this.options.now()), token);
  }

  private async renewLocks(): Promise<void> {
    for (const { job, token } of this.held.values())
      await job.extendLock(token, this.options.lockMs).catch(this.options.onError);
  }

  /** O(delayed jobs): only for a clock driven by hand; on the wall clock BullMQ promotes them itself. */
  private async promoteDueOnOurClock(now: number): Promise<void> {
    for (const job of await this.queue.getDelayed())
      if (job.data.at <= now) await job.promote().catch(this.options.onError);
  }
}
