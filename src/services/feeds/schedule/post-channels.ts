import type { Delivery } from '../deliver/delivery.js';
import { postNonce } from '../deliver/nonce.js';
import { targetFields } from '../deliver/target-fields.js';
import { digestEmbed } from '../present/digest.js';
import { pausedNotice } from '../present/notices.js';
import { roleMentions } from '../present/role-mention.js';
import type { OutboxEntry } from '../state/types.js';
import type { ChannelWork } from './poll-due.js';
import { runPool } from './pool.js';
import { type EntryFields, type StoryDeps, storyEntries } from './story-entries.js';

/** What planning a channel's posts needs (story-entries), and the delivery that sends them. */
export interface PostDeps extends StoryDeps {
  delivery: Delivery;
  now: () => number;
  concurrency: number;
  /** Channels whose older posts are still waiting in the outbox: new ones are recorded behind them, not sent. */
  blockedChannels?: ReadonlySet<string>;
}

export interface PostReport {
  posted: number;
  /** Earlier posts that gained an "Also covered by" source. */
  edited: number;
  /** Posts Discord did not take this tick (they stay in the outbox). */
  postsFailed: number;
  duplicates: number;
}

/**
 * Post each channel's decided work: one post at a time within a channel, several channels at once.
 * `recorded` names the channels whose posts all reached the outbox (sent or not).
 */
export async function postWork(
  work: Map<string, ChannelWork>,
  deps: PostDeps,
): Promise<{ report: PostReport; recorded: Set<string> }> {
  const report: PostReport = { posted: 0, edited: 0, postsFailed: 0, duplicates: 0 };
  const recorded = new Set<string>();
  const add = (channelId: string, part: PostReport) => {
    recorded.add(channelId);
    for (const key of Object.keys(report) as (keyof PostReport)[]) report[key] += part[key];
  };
  await runPool(
    [...work],
    ([channelId]) => channelId,
    async ([channelId, channelWork]) => add(channelId, await postChannel(channelId, channelWork, deps)),
    { concurrency: deps.concurrency, perKey: 1 },
    (error, [channelId]) =>
      deps.logger.error('posting to a channel crashed; its items stay unseen', { channel_id: channelId, error }),
  );
  return { report, recorded };
}

async function postChannel(channelId: string, work: ChannelWork, deps: PostDeps): Promise<PostReport> {
  const { entries, duplicates } = await channelEntries(channelId, work, deps);
  const report: PostReport = { posted: 0, edited: 0, postsFailed: 0, duplicates };
  // Every post is in the outbox before the first is sent: a crash mid-way loses none of them.
  for (const entry of entries) await deps.delivery.defer(entry);
  if (deps.blockedChannels?.has(channelId)) return report;
  for (const entry of entries) {
    const outcome = await deps.delivery.attempt(entry);
    if (outcome === 'posted') report.posted += 1;
    if (outcome === 'edited') report.edited += 1;
    if (outcome === 'failed') {
      // The channel's later posts stay in the outbox behind it, so they keep their order.
      report.postsFailed += 1;
      break;
    }
  }
  return report;
}

/**
 * The channel's outbox entries, in posting order: pause notices, digests, then one card per story, or
 * for a story the channel already has, an edit that adds the new sources to that earlier card.
 */
async function channelEntries(
  channelId: string,
  work: ChannelWork,
  deps: PostDeps,
): Promise<{ entries: OutboxEntry[]; duplicates: number }> {
  const now = deps.now();
  const entries: OutboxEntry[] = [];
  const add = (fields: EntryFields) =>
    entries.push({ ...fields, channelId, createdAt: now, seq: entries.length, attempts: 0 });

  for (const subscription of work.paused) {
    add({
      nonce: postNonce(subscription.id, 'paused', String(now)),
      embeds: [],
      content: pausedNotice(subscription),
      // Where the subscription's posts go, so a forum gets it as a post (it takes no plain message).
      ...targetFields(subscription, { title: `${subscription.title}: paused` }),
      marks: [],
      stories: [],
      subscriptionIds: [subscription.id],
      kind: 'notice',
    });
  }
  for (const { subscription, items, source } of work.decided.filter(
    (decided) => decided.subscription.mode === 'digest',
  )) {
    const ids = items.map((item) => item.id);
    const marks = ids.map((itemId) => ({ subscriptionId: subscription.id, itemId }));
    add({
      nonce: postNonce(subscription.id, 'digest', ...ids),
      embeds: [digestEmbed(source, [...items].reverse(), subscription.intervalMinutes)],
      ...roleMentions([subscription]),
      ...targetFields(subscription, { title: subscription.title }),
      marks,
      stories: [],
      subscriptionIds: [subscription.id],
      kind: 'digest',
    });
  }

  const cards = work.decided.filter((decided) => decided.subscription.mode !== 'digest');
  const stories = await storyEntries(channelId, cards, deps, now);
  for (const fields of stories.entries) add(fields);
  return { entries, duplicates: stories.duplicates };
}
