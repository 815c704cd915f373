import { writeOpml } from '../opml/write-opml.js';
import type { Subscription } from '../state/types.js';

/**
 * A server's subscriptions as an OPML file: the feed, its title and every setting (interval, mode,
 * filter, channel, role to mention), so an import here or in another server follows the same feeds.
 */
export function exportSubscriptions(serverName: string, subscriptions: Subscription[], now: number): string {
  return writeOpml(
    `newsdesk feeds of ${serverName}`,
    subscriptions.map((subscription) => ({
      title: subscription.title,
      xmlUrl: subscription.feedUrl,
      settings: {
        intervalMinutes: subscription.intervalMinutes,
        mode: subscription.mode,
        include: subscription.filter?.include,
        exclude: subscription.filter?.exclude,
        regex: subscription.filter?.regex,
        channelId: subscription.channelId,
        mentionRoleId: subscription.mentionRoleId,
      },
    })),
    now,
  );
}
