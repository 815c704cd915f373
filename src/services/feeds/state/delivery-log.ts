import type Keyv from 'keyv';
import type { Logger } from '../../logger.js';

/** Decisions kept per subscription: enough to explain the last few checks, small enough to rewrite each time. */
export const LOG_LIMIT = 25;

/** Why an item was settled without a post; 'duplicate' is decided per channel, the others per check. */
export type SkipReason = 'filter' | 'too-old' | 'first-run' | 'duplicate';

/** The item a decision was about, as the log shows it. */
export interface LoggedItem {
  title: string;
  link?: string;
}

/** The earlier post an item was a copy of. */
export interface EarlierPost {
  title: string;
  channelId: string;
  /** Unset when Discord had not confirmed the earlier post yet. */
  messageId?: string;
}

/** One decision about a subscription's items, for `/feed log`. Times are epoch milliseconds. */
export type LogEntry =
  | { at: number; outcome: 'posted'; item: LoggedItem; count?: number; channelId: string; messageId: string }
  | {
      at: number;
      outcome: 'skipped';
      reason: SkipReason;
      /** The item, or for a batch told as one line (a first run's back catalogue), none. */
      item?: LoggedItem;
      /** How many items this line stands for, when more than one. */
      count?: number;
      duplicateOf?: EarlierPost;
    }
  | { at: number; outcome: 'failed'; reason: string; item?: LoggedItem; retrying: boolean };

/**
 * The last LOG_LIMIT decisions per subscription, in the `log` namespace: a ring kept as one list
 * per subscription, oldest first. Writers add a whole batch at once (one read and one write per
 * check or post, not per item), and a failed write is logged and forgotten: the log explains
 * posting, it must never stop it.
 */
export class DeliveryLog {
  constructor(
    private readonly keyv: Keyv<LogEntry[]>,
    private readonly logger: Logger,
  ) {}

  /** Add decisions about one subscription, oldest first; never throws. */
  async record(subscriptionId: string, entries: LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      const kept = [...((await this.keyv.get(subscriptionId)) ?? []), ...entries].slice(-LOG_LIMIT);
      await this.keyv.set(subscriptionId, kept);
    } catch (error) {
      this.logger.warn('could not write the delivery log; posting goes on', { subscription_id: subscriptionId, error });
    }
  }

  /** Add decisions about several subscriptions, one write each. */
  async recordAll(bySubscription: Map<string, LogEntry[]>): Promise<void> {
    for (const [subscriptionId, entries] of bySubscription) await this.record(subscriptionId, entries);
  }

  /** A subscription's decisions, newest first. */
  async recent(subscriptionId: string): Promise<LogEntry[]> {
    return [...((await this.keyv.get(subscriptionId)) ?? [])].reverse();
  }

  /** Forget a subscription's decisions (it was removed). */
  async remove(subscriptionId: string): Promise<void> {
    await this.keyv.delete(subscriptionId);
  }
}
