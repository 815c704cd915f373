import type { Logger } from '../../logger.js';
import type { ChannelStories } from '../state/channel-stories.js';
import type { DeliveryLog } from '../state/delivery-log.js';
import type { Outbox } from '../state/outbox.js';
import { marksBySubscription, type SeenItems } from '../state/seen-items.js';
import type { Subscriptions } from '../state/subscriptions.js';
import type { OutboxEntry } from '../state/types.js';
import { failedEntries, postedEntries } from './log-delivery.js';
import { amendPost } from './poster/amend-post.js';
import { describePostError, isPermanentPostError, type Poster } from './poster/rest-poster.js';
import { sendEntry } from './send-entry.js';

/**
 * Points inside a delivery where tests stop the process to prove that a crash anywhere loses and
 * doubles nothing. Production passes none.
 */
export interface DeliveryHooks {
  /** A tick decided the entry's items; nothing of it is in the outbox yet. */
  beforeRecord?(entry: OutboxEntry): void | Promise<void>;
  /** Discord confirmed the post (or edit); nothing is marked seen yet. */
  afterPost?(entry: OutboxEntry): void | Promise<void>;
  /** Items are marked seen; the outbox entry is not cleared yet. */
  afterMark?(entry: OutboxEntry): void | Promise<void>;
}

export interface DeliveryDeps {
  outbox: Outbox;
  seen: SeenItems;
  subscriptions: Subscriptions;
  stories: ChannelStories;
  /** Told what became of each post (notices and edits of earlier posts are not logged). */
  log: DeliveryLog;
  poster: Poster;
  logger: Logger;
  now: () => number;
  hooks?: DeliveryHooks;
}

/** What a replay of the outbox did; `failedChannels` still have posts waiting, so new ones queue behind. */
export interface ReplayReport {
  posted: number;
  edited: number;
  failed: number;
  cleared: number;
  failedChannels: Set<string>;
}

/**
 * 'posted' / 'edited': confirmed; 'failed': left in the outbox for the next tick; 'refused': Discord
 * will never take it (for an edit: the earlier message is gone).
 */
export type DeliveryOutcome = 'posted' | 'edited' | 'failed' | 'refused';

/**
 * The outbox protocol: record → post with the entry's nonce (enforce_nonce) → mark seen → clear.
 * A crash before the post re-posts from the outbox; after it, the same nonce makes Discord return
 * the first message (Discord keeps nonces a few minutes: an entry first sent longer ago is first looked
 * for in the channel; a webhook or forum post, which takes no nonce, is looked for on every re-send); after the mark, the replay sees the items are seen and only clears. An 'edit'
 * entry follows the same steps, with an amendment that is a set union instead of a nonce: replaying
 * it finds its sources already listed and changes nothing.
 */
export class Delivery {
  constructor(private readonly deps: DeliveryDeps) {}

  /** Record the entry without posting yet. */
  async defer(entry: OutboxEntry): Promise<void> {
    await this.deps.hooks?.beforeRecord?.(entry);
    await this.deps.outbox.put(entry);
  }

  /** Post (or, for an 'edit' entry, amend the earlier post) an entry already in the outbox, and confirm it. */
  async attempt(recorded: OutboxEntry): Promise<DeliveryOutcome> {
    const { deps } = this;
    const entry = await this.stampFirstAttempt(recorded);
    let messageId: string;
    try {
      messageId = await this.deliver(entry, recorded.firstAttemptAt !== undefined);
    } catch (error) {
      if (isPermanentPostError(error)) {
        await this.refused(entry, error as Error);
        return 'refused';
      }
      deps.logger.warn('scheduled post failed; it stays in the outbox', {
        channel_id: entry.channelId,
        nonce: entry.nonce,
        attempts: entry.attempts + 1,
        error,
      });
      await deps.outbox.put({ ...entry, attempts: entry.attempts + 1 });
      await this.logFailure(entry, `${describePostError(error)}; it will be tried again.`, true);
      return 'failed';
    }
    await deps.hooks?.afterPost?.(entry);
    await this.confirm(entry, messageId);
    return entry.amend ? 'edited' : 'posted';
  }

  /** The entry with the time of its first send, stored before that send so a crash cannot lose it. */
  private async stampFirstAttempt(entry: OutboxEntry): Promise<OutboxEntry> {
    // An edit is a set union, safe to repeat at any time: it needs no nonce and no date.
    if (entry.amend || entry.firstAttemptAt !== undefined) return entry;
    const stamped = { ...entry, firstAttemptAt: this.deps.now() };
    await this.deps.outbox.put(stamped);
    return stamped;
  }

  /** Send the entry to Discord; resolves with the id of the message that now shows it. */
  private async deliver(entry: OutboxEntry, resend: boolean): Promise<string> {
    const { poster, logger } = this.deps;
    if (!entry.amend) return sendEntry(poster, entry, { now: this.deps.now(), logger, resend });
    await amendPost(poster, entry.channelId, entry.amend);
    return entry.amend.messageId;
  }

  /** Settle an entry Discord will never take. A deleted earlier post (404 10008) is no fault of the feed. */
  private async refused(entry: OutboxEntry, error: Error): Promise<void> {
    const { deps } = this;
    if (entry.amend) {
      deps.logger.info('the earlier post could not be amended (deleted?); the copy is only marked seen', {
        channel_id: entry.channelId,
        message_id: entry.amend.messageId,
        error,
      });
    } else {
      deps.logger.warn('Discord refused a scheduled post; it will not be retried', {
        channel_id: entry.channelId,
        nonce: entry.nonce,
        error,
      });
      // Its own field: a later successful check clears lastError, and this must stay visible in /feed list.
      const reason = `Couldn't post in <#${entry.channelId}>: ${error.message}`;
      for (const id of entry.subscriptionIds) await deps.subscriptions.update(id, { postError: reason });
      await this.logFailure(entry, `${describePostError(error)}; the item will not be tried again.`, false);
    }
    await this.confirm(entry, null);
  }

  private async logFailure(entry: OutboxEntry, reason: string, retrying: boolean): Promise<void> {
    if (entry.kind === 'notice' || entry.kind === 'edit') return;
    await this.deps.log.recordAll(failedEntries(entry, reason, retrying, this.deps.now()));
  }

  /** Whether a recorded entry's work is already done (a crash came after the mark). */
  async isDone(entry: OutboxEntry): Promise<boolean> {
    const subscriptions = await Promise.all(entry.subscriptionIds.map((id) => this.deps.subscriptions.get(id)));
    // Nobody follows these items any more (/feed remove): nothing left to post.
    if (subscriptions.every((subscription) => !subscription)) return true;
    if (entry.kind === 'notice') return subscriptions[0]?.pauseNotified === true;
    for (const [subscriptionId, ids] of marksBySubscription(entry.marks)) {
      const seen = await this.deps.seen.get(subscriptionId);
      if (!ids.every((id) => seen.has(id))) return false;
    }
    return entry.marks.length > 0;
  }

  /** Finish what the outbox holds (at start, and at the head of every tick), oldest first. */
  async replay(): Promise<ReplayReport> {
    const failedChannels = new Set<string>();
    const counts: ReplayReport = { posted: 0, edited: 0, failed: 0, cleared: 0, failedChannels };
    for (const entry of await this.deps.outbox.pending()) {
      if (await this.isDone(entry)) {
        await this.deps.outbox.delete(entry.nonce);
        counts.cleared += 1;
        continue;
      }
      // Keep a channel's order: once one of its posts fails, the later ones wait too.
      if (failedChannels.has(entry.channelId)) continue;
      const outcome = await this.attempt(entry);
      if (outcome === 'failed') {
        failedChannels.add(entry.channelId);
        counts.failed += 1;
      } else if (outcome === 'posted') counts.posted += 1;
      else if (outcome === 'edited') counts.edited += 1;
    }
    return counts;
  }

  /** Mark the entry's items seen and clear it; `messageId` is the message that now shows them (null: none). */
  private async confirm(entry: OutboxEntry, messageId: string | null): Promise<void> {
    const { deps } = this;
    const now = deps.now();
    await deps.seen.addMarks(entry.marks);
    if (messageId !== null)
      await deps.stories.add(
        entry.channelId,
        entry.stories.map((story) => ({ ...story, messageId })),
        now,
      );
    for (const id of entry.subscriptionIds) {
      if (entry.kind === 'notice') await deps.subscriptions.update(id, { pauseNotified: true });
      else if (messageId !== null) await deps.subscriptions.update(id, { lastPostAt: now, postError: undefined });
    }
    // After the marks: a crash in between can lose this line (the replay finds the items seen and only
    // clears), never the post, and a post is never logged twice.
    if (messageId !== null && (entry.kind === 'item' || entry.kind === 'digest'))
      await deps.log.recordAll(postedEntries(entry, messageId, now));
    await deps.hooks?.afterMark?.(entry);
    await deps.outbox.delete(entry.nonce);
  }
}
