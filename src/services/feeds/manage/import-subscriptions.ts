import { isFailure, userMessage } from '../../errors.js';
import type { FeedService } from '../fetch/feed-service.js';
import type { OpmlFeed } from '../opml/types.js';
import { buildFilter } from '../schedule/filters.js';
import { chooseInterval } from '../schedule/interval-rules.js';
import type { SchedulerRules } from '../schedule/rules.js';
import type { Subscriptions } from '../state/subscriptions.js';
import type { PostMode } from '../state/types.js';
import { MAX_SUBSCRIPTIONS_PER_GUILD, subscribe } from './subscribe.js';

/** Where an import goes and what the server has, so settings from another server are not applied blindly. */
export interface ImportTarget {
  guildId: string;
  /** The member's `channel` option: every feed goes there. */
  channelId?: string;
  /** Where a feed goes when the file names no channel of this server (the command's channel). */
  fallbackChannelId: string;
  /** This server's channels and roles; ids from another server are ignored. */
  channels: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  userId: string;
  now: number;
  /**
   * No outline is started after this time (epoch ms): each one fetches its feed, and the member's
   * answer must go out while the interaction token lives (15 minutes).
   */
  stopAt: number;
  /** Default: Date.now. */
  clock?: () => number;
}

/** What became of one outline. */
export type ImportOutcome =
  | { feed: OpmlFeed; outcome: 'subscribed' | 'already'; channelId: string }
  | { feed: OpmlFeed; outcome: 'refused'; reason: string };

const MODES: readonly string[] = ['cards', 'digest'] satisfies PostMode[];

/**
 * Follow the feeds of an OPML file, one at a time through the same `subscribe` use case as
 * `/feed add` (each feed fetched once, the server's limit kept), with the same interval and filter
 * rules; each outline's outcome is returned, in file order. A feed the channel already follows is
 * left as it is.
 */
export async function importSubscriptions(
  services: { feeds: Pick<FeedService, 'discover'>; subscriptions: Subscriptions; rules: SchedulerRules },
  feeds: OpmlFeed[],
  target: ImportTarget,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const clock = target.clock ?? Date.now;
  for (const feed of feeds) {
    if (clock() > target.stopAt)
      outcomes.push({
        feed,
        outcome: 'refused',
        reason: 'not tried: the import ran out of time; import the file again for the rest',
      });
    else outcomes.push(await importOne(services, feed, target));
  }
  return outcomes;
}

async function importOne(
  services: { feeds: Pick<FeedService, 'discover'>; subscriptions: Subscriptions; rules: SchedulerRules },
  feed: OpmlFeed,
  target: ImportTarget,
): Promise<ImportOutcome> {
  const { settings } = feed;
  const channelId =
    target.channelId ??
    (settings.channelId && target.channels.has(settings.channelId) ? settings.channelId : target.fallbackChannelId);
  const existing = await services.subscriptions.inGuild(target.guildId);
  if (existing.some((subscription) => subscription.channelId === channelId && subscription.feedUrl === feed.xmlUrl))
    return { feed, outcome: 'already', channelId };
  const mode = (MODES.includes(settings.mode ?? '') ? settings.mode : 'cards') as PostMode;
  const interval = chooseInterval(services.rules, mode, settings.intervalMinutes ?? null);
  if (!interval.ok)
    return { feed, outcome: 'refused', reason: `checked more often than every ${interval.minIntervalMinutes} minutes` };
  try {
    const filter = buildFilter({
      include: settings.include?.join(','),
      exclude: settings.exclude?.join(','),
      regex: settings.regex,
    });
    const result = await subscribe(services, {
      guildId: target.guildId,
      channelId,
      url: feed.xmlUrl,
      intervalMinutes: interval.minutes,
      mode,
      filter,
      mentionRoleId:
        settings.mentionRoleId && target.roles.has(settings.mentionRoleId) ? settings.mentionRoleId : undefined,
      userId: target.userId,
      now: target.now,
    });
    if (!result.ok)
      return { feed, outcome: 'refused', reason: `this server already follows ${MAX_SUBSCRIPTIONS_PER_GUILD} feeds` };
    return { feed, outcome: result.created ? 'subscribed' : 'already', channelId };
  } catch (error) {
    if (isFailure(error)) return { feed, outcome: 'refused', reason: userMessage(error) };
    throw error;
  }
}
