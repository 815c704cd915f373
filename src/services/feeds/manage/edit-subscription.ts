import { nextCheckAfterSuccess } from '../schedule/backoff.js';
import type { Subscriptions } from '../state/subscriptions.js';
import type { FeedFilter, PostMode, PostTemplate, Subscription } from '../state/types.js';
import { buildTarget, type TargetRequest, webhookNameFrom } from './post-target.js';

/** What `/feed edit` was asked to change; anything left out stays as it is. */
export interface SubscriptionChanges {
  intervalMinutes?: number;
  mode?: PostMode;
  /** Filter parts to set; they replace the same parts of the current filter and keep the others. */
  filter?: FeedFilter;
  /** Start from no filter before applying `filter`. */
  clearFilter?: boolean;
  /** A role to ping with each post from now on. */
  mentionRoleId?: string;
  /** Stop pinging a role. */
  clearMention?: boolean;
  /** The whole template from now on (already merged and checked, template-settings.ts); null: the plain card again. */
  template?: PostTemplate | null;
  /** Where posts land from now on (only the parts given change; posts already decided keep theirs). */
  target?: TargetRequest;
}

/** Whether a target request names anything to change. */
function targetChanges(target: TargetRequest | undefined): boolean {
  if (!target) return false;
  const { channel: _channel, ...asked } = target;
  return Object.values(asked).some((value) => value !== undefined);
}

/** Whether the member asked for any change at all. */
export function changesSomething(changes: SubscriptionChanges): boolean {
  return (
    changes.intervalMinutes !== undefined ||
    changes.mode !== undefined ||
    changes.filter !== undefined ||
    changes.clearFilter === true ||
    changes.mentionRoleId !== undefined ||
    changes.clearMention === true ||
    changes.template !== undefined ||
    targetChanges(changes.target)
  );
}

/** The fields a set of changes writes to a subscription. */
export function editPatch(
  subscription: Subscription,
  changes: SubscriptionChanges,
  now: number,
): Partial<Subscription> {
  const patch: Partial<Subscription> = {};
  if (changes.mode !== undefined) patch.mode = changes.mode;
  if (changes.filter !== undefined || changes.clearFilter) {
    const merged = { ...(changes.clearFilter ? {} : subscription.filter), ...changes.filter };
    patch.filter = Object.keys(merged).length > 0 ? merged : undefined;
  }
  if (changes.mentionRoleId !== undefined || changes.clearMention) patch.mentionRoleId = changes.mentionRoleId;
  if (changes.template !== undefined) patch.template = changes.template ?? undefined;
  // No fetch here: a webhook that is new defaults to the feed's title, without an icon unless `avatar` is given.
  if (targetChanges(changes.target) && changes.target)
    patch.target = buildTarget(changes.target, { name: webhookNameFrom(subscription.title) }, subscription.target);
  if (changes.intervalMinutes !== undefined && changes.intervalMinutes !== subscription.intervalMinutes) {
    patch.intervalMinutes = changes.intervalMinutes;
    // The new interval counts from the last check, so a shorter one takes effect now, not after the old wait.
    patch.nextCheckAt = nextCheckAfterSuccess(subscription.lastCheckAt ?? now, changes.intervalMinutes);
  }
  return patch;
}

/**
 * Apply a member's changes to a stored subscription. Items a new filter would have let through
 * earlier stay settled: a filter only decides about items that come from now on.
 */
export function editSubscription(
  subscriptions: Subscriptions,
  subscription: Subscription,
  changes: SubscriptionChanges,
  now: number,
): Promise<Subscription | undefined> {
  return subscriptions.update(subscription.id, editPatch(subscription, changes, now));
}
