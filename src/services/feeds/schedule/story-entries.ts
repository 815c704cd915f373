import type { ArticleService } from '../../article-service.js';
import type { ServerLanguages } from '../../language/server-settings.js';
import type { Logger } from '../../logger.js';
import { postNonce } from '../deliver/nonce.js';
import { targetFields } from '../deliver/target-fields.js';
import type { FeedItem } from '../parse/index.js';
import { coveredByLinks } from '../present/covered-by.js';
import { composeItemPost, type FeedSource } from '../present/item-card.js';
import { roleMentions } from '../present/role-mention.js';
import { withRoleMentions } from '../present/template/post-content.js';
import type { ChannelStories } from '../state/channel-stories.js';
import type { DeliveryLog, LogEntry } from '../state/delivery-log.js';
import type { SeenItems } from '../state/seen-items.js';
import type { OutboxEntry, Subscription } from '../state/types.js';
import type { Decided } from './check-feed.js';
import { publishedMs } from './decide-items.js';
import { loggedItem } from './log-entries.js';
import { earlierPost, groupSameStories, storyOf } from './same-story.js';

/** What an outbox entry says, before the channel's queue gives it a place (channel, time, order). */
export type EntryFields = Pick<OutboxEntry, 'nonce' | 'embeds' | 'marks' | 'stories' | 'subscriptionIds' | 'kind'> &
  Pick<Partial<OutboxEntry>, 'content' | 'amend' | 'mentionRoleIds' | 'target' | 'title' | 'categories'>;

export interface StoryDeps {
  stories: ChannelStories;
  seen: SeenItems;
  log: DeliveryLog;
  articles: ArticleService;
  /** The language a server chose for its cards (/settings language); none: the cards as they always were. */
  languages?: ServerLanguages;
  logger: Logger;
}

interface Candidate {
  subscription: Subscription;
  item: FeedItem;
  source: FeedSource;
}

/**
 * The entries for a channel's card-mode items, oldest first: one card per story, naming the other
 * subscriptions that carry it ("Also covered by"), or, for a story the channel already has, an edit
 * that adds the new sources to that earlier card; `duplicates` counts the copies not posted.
 */
export async function storyEntries(
  channelId: string,
  decided: Decided[],
  deps: StoryDeps,
  now: number,
): Promise<{ entries: EntryFields[]; duplicates: number }> {
  const entries: EntryFields[] = [];
  let duplicates = 0;
  // Copies are settled here, not by a post: logged now, one write per subscription.
  const copies = new Map<string, LogEntry[]>();
  const candidates: Candidate[] = decided.flatMap(({ subscription, items, source }) =>
    items.map((item) => ({ subscription, item, source })),
  );
  // Several feeds in one channel: interleave by date so the channel reads in order (undated last, stable).
  const dateOf = (candidate: Candidate) => publishedMs(candidate.item) ?? Number.MAX_SAFE_INTEGER;
  candidates.sort((a, b) => dateOf(a) - dateOf(b));
  const recent = await deps.stories.recent(channelId, now);
  for (const { members: group, stories } of groupSameStories(candidates, (candidate) =>
    storyOf(candidate.subscription.id, candidate.item, now),
  )) {
    const marks = group.map((candidate) => ({
      subscriptionId: candidate.subscription.id,
      itemId: candidate.item.id,
      item: loggedItem(candidate.item),
    }));
    const subscriptionIds = [...new Set(group.map((candidate) => candidate.subscription.id))];
    const [leader, ...others] = group;
    if (!leader) continue;
    const earlier = earlierPost(recent, stories);
    if (earlier) {
      // Already posted in this channel: no second post; the earlier card names the new sources.
      duplicates += group.length;
      const duplicateOf = { title: earlier.title, channelId, messageId: earlier.messageId };
      for (const { subscriptionId, item } of marks) {
        const entry: LogEntry = { at: now, outcome: 'skipped', reason: 'duplicate', item, duplicateOf };
        copies.set(subscriptionId, [...(copies.get(subscriptionId) ?? []), entry]);
      }
      const links = coveredByLinks(earlier.subscriptionId, group);
      if (earlier.messageId && links.length > 0) {
        entries.push({
          nonce: postNonce(leader.subscription.id, leader.item.id, 'edit'),
          embeds: [],
          amend: { messageId: earlier.messageId, links },
          marks,
          stories,
          subscriptionIds,
          kind: 'edit',
        });
      } else {
        await deps.seen.addMarks(marks);
      }
      continue;
    }
    const alsoCoveredBy = coveredByLinks(leader.subscription.id, others);
    // The leading subscription's template shapes the post (its copies only add "Also covered by").
    const post = await composeItemPost(deps.articles, leader.item, leader.source, {
      alsoCoveredBy,
      logger: deps.logger,
      template: leader.subscription.template,
      language: await deps.languages?.chosenLanguage(leader.subscription.guildId),
    });
    entries.push({
      nonce: postNonce(leader.subscription.id, leader.item.id),
      ...withRoleMentions(post, roleMentions(group.map((candidate) => candidate.subscription))),
      ...targetFields(leader.subscription, leader.item),
      marks,
      stories,
      subscriptionIds,
      kind: 'item',
    });
    recent.push(...stories);
  }
  await deps.log.recordAll(copies);
  return { entries, duplicates };
}
