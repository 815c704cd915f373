import type { OutboxEntry, Subscription } from '../state/types.js';

/**
 * The part of an outbox entry that says where its post lands: the subscription's target as it is
 * now, and what a forum post or thread needs (the title, the categories matched to tags). Copied
 * into the entry, so a replay after a crash or an /feed edit sends what the first send did.
 */
export function targetFields(
  subscription: Pick<Subscription, 'target'>,
  item: { title: string; categories?: string[] },
): Pick<OutboxEntry, 'target' | 'title' | 'categories'> {
  if (!subscription.target) return {};
  return {
    target: subscription.target,
    title: item.title,
    ...(item.categories?.length ? { categories: item.categories } : {}),
  };
}
