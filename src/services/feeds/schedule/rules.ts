import type { Config } from '../../../config.js';

/** The scheduler's knobs (FEED_* and SCHEDULER_* settings), in the units the code uses. */
export interface SchedulerRules {
  /** Cron expression of the heartbeat that looks for due subscriptions (seconds field allowed). */
  cron: string;
  defaultIntervalMinutes: number;
  minIntervalMinutes: number;
  firstPostCount: number;
  maxItemAgeMs: number;
  maxPostsPerTick: number;
  failureLimit: number;
  concurrency: number;
  perHost: number;
}

/** Default check interval of a digest subscription: a digest is worth reading about once an hour. */
export const DIGEST_DEFAULT_INTERVAL_MINUTES = 60;

/** Read the rules from config. */
export function schedulerRules(config: Config): SchedulerRules {
  return {
    cron: config.schedulerCron,
    defaultIntervalMinutes: Math.max(config.feedIntervalMinutes, config.feedMinIntervalMinutes),
    minIntervalMinutes: config.feedMinIntervalMinutes,
    firstPostCount: config.feedFirstPostCount,
    maxItemAgeMs: config.feedMaxItemAgeHours * 3_600_000,
    maxPostsPerTick: config.feedMaxPostsPerTick,
    failureLimit: config.feedFailureLimit,
    concurrency: config.schedulerConcurrency,
    perHost: config.schedulerPerHost,
  };
}
