import type { Subscriptions } from '../state/subscriptions.js';
import type { Subscription } from '../state/types.js';

/** Stop checking a subscription until a member resumes it; its settings and seen items are kept. */
export async function pauseSubscription(
  subscriptions: Subscriptions,
  subscription: Subscription,
  userId: string,
  now: number,
): Promise<Subscription | undefined> {
  return subscriptions.update(subscription.id, { pausedBy: { userId, at: now } });
}

/**
 * Check a subscription again from the next tick, whichever pause stopped it: a member's, or the
 * automatic one after failures (whose count starts over, so one more failure does not pause it again).
 */
export async function resumeSubscription(
  subscriptions: Subscriptions,
  subscription: Subscription,
  now: number,
): Promise<Subscription | undefined> {
  return subscriptions.update(subscription.id, {
    pausedBy: undefined,
    paused: false,
    pauseNotified: false,
    failures: 0,
    nextCheckAt: now,
  });
}
