import type { ArticleService } from '../../article-service.js';
import type { Logger } from '../../logger.js';
import type { FeedService } from '../fetch/feed-service.js';
import { digestEmbed } from '../present/digest.js';
import { composeItemPost } from '../present/item-card.js';
import type { RenderedPost } from '../present/template/render-post.js';
import { checkRulesFor, decideCheck, newestFirst } from '../schedule/decide-items.js';
import type { SchedulerRules } from '../schedule/rules.js';
import type { SeenItems } from '../state/seen-items.js';
import type { Subscription } from '../state/types.js';

/**
 * What the next post of a subscription would look like: the next unseen item that passes its
 * filter (or, when nothing is new, the newest item), made into the post the scheduler would make,
 * with the subscription's template.
 */
export async function previewNextPost(
  services: {
    feeds: Pick<FeedService, 'poll'>;
    seen: SeenItems;
    articles: ArticleService;
    rules: SchedulerRules;
    logger: Logger;
  },
  subscription: Subscription,
  now: number,
): Promise<{ post: RenderedPost; isNew: boolean } | undefined> {
  // Unconditional: a GET without validators is never answered 304.
  const fetched = await services.feeds.poll(subscription.feedUrl);
  if (fetched.notModified) return undefined;
  const seen = await services.seen.get(subscription.id);
  const decision = decideCheck(
    fetched.feed.items,
    seen,
    subscription,
    checkRulesFor(subscription, services.rules, now),
  );
  const source = { title: fetched.feed.title, url: fetched.url, link: fetched.feed.link };
  if (subscription.mode === 'digest') {
    const items = decision.post.length ? [...decision.post].reverse() : newestFirst(fetched.feed.items).slice(0, 3);
    return items.length
      ? {
          post: { embeds: [digestEmbed(source, items, subscription.intervalMinutes)] },
          isNew: decision.post.length > 0,
        }
      : undefined;
  }
  const item = decision.post[0] ?? newestFirst(fetched.feed.items)[0];
  if (!item) return undefined;
  return {
    post: await composeItemPost(services.articles, item, source, {
      logger: services.logger,
      template: subscription.template,
    }),
    isNew: decision.post.length > 0,
  };
}
