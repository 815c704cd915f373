import { randomBytes } from 'node:crypto';
import type Keyv from 'keyv';
import { entries } from '../../store.js';
import type { Subscription } from './types.js';

/** A short random id: unique enough per store, short enough for a nonce and a command argument. */
export function newSubscriptionId(): string {
  return randomBytes(6).toString('base64url');
}

/** Whether a subscription is left out of checks: paused by a member, or automatically after failures. */
export function isPaused(subscription: Pick<Subscription, 'paused' | 'pausedBy'>): boolean {
  return subscription.paused === true || subscription.pausedBy !== undefined;
}

/** Subscriptions in the `sub` namespace, one record per id, holding their own polling state. */
export class Subscriptions {
  constructor(private readonly keyv: Keyv<Subscription>) {}

  get(id: string): Promise<Subscription | undefined> {
    return this.keyv.get(id);
  }

  async save(subscription: Subscription): Promise<void> {
    await this.keyv.set(subscription.id, subscription);
  }

  /** Remove a subscription; true when it existed. */
  remove(id: string): Promise<boolean> {
    return this.keyv.delete(id);
  }

  /**
   * Change fields of a stored subscription, re-read first so a concurrent `/feed remove` is not undone
   * and a concurrent edit of other fields is kept. Undefined when the subscription is gone.
   */
  async update(id: string, patch: Partial<Subscription>): Promise<Subscription | undefined> {
    const current = await this.keyv.get(id);
    if (!current) return undefined;
    const next = { ...current, ...patch, id };
    await this.keyv.set(id, next);
    return next;
  }

  /** Every subscription in the store. */
  async all(): Promise<Subscription[]> {
    const out: Subscription[] = [];
    for await (const [, subscription] of entries(this.keyv)) out.push(subscription);
    return out;
  }

  /** One server's subscriptions, by channel then feed title. */
  async inGuild(guildId: string): Promise<Subscription[]> {
    const mine = (await this.all()).filter((subscription) => subscription.guildId === guildId);
    return mine.sort(
      (a, b) => a.channelId.localeCompare(b.channelId) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
    );
  }
}
