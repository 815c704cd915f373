import { Delivery, type DeliveryDeps, type DeliveryOutcome } from '../deliver/delivery.js';
import type { OutboxEntry } from '../state/types.js';
import type { PostLeases } from './post-leases.js';

/**
 * The outbox protocol with one sender per post at a time: an attempt (from a tick or a replay) first
 * takes the post's lease. A post another process is sending stays in the outbox, reported as not
 * taken ('failed'), so the channel's later posts wait behind it as they would behind a failure; the
 * next replay finds it done and clears it.
 */
export class LeasedDelivery extends Delivery {
  constructor(
    deps: DeliveryDeps,
    private readonly leases: PostLeases,
  ) {
    super(deps);
  }

  override async attempt(entry: OutboxEntry): Promise<DeliveryOutcome> {
    return (await this.leases.exclusive(entry.nonce, () => super.attempt(entry))) ?? 'failed';
  }
}
