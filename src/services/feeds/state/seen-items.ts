import type Keyv from 'keyv';
import type { SeenMark } from './types.js';

/** Ids kept per subscription beyond those still in the feed; older ones fall out first. */
export const SEEN_LIMIT = 1000;

/**
 * Delivered (or deliberately skipped) item ids per subscription, in the `seen` namespace. The list
 * is bounded, but ids still present in the feed are never dropped, so a long feed cannot make an
 * old item look new.
 */
export class SeenItems {
  constructor(private readonly keyv: Keyv<string[]>) {}

  async get(subscriptionId: string): Promise<Set<string>> {
    return new Set((await this.keyv.get(subscriptionId)) ?? []);
  }

  async has(subscriptionId: string, itemId: string): Promise<boolean> {
    return (await this.get(subscriptionId)).has(itemId);
  }

  /**
   * Record ids as seen. `current` are the ids the feed lists now; they survive trimming. `known` is
   * the set `get` just returned, when the caller has it (saves reading the list again).
   */
  async add(
    subscriptionId: string,
    ids: Iterable<string>,
    current: Iterable<string> = [],
    known?: ReadonlySet<string>,
  ): Promise<void> {
    const added = [...ids];
    if (added.length === 0) return;
    // A Set keeps insertion order, so the list stays oldest first for trimming.
    const list = known ? [...known] : ((await this.keyv.get(subscriptionId)) ?? []);
    const present = new Set(list);
    for (const id of added) {
      if (!present.has(id)) {
        list.push(id);
        present.add(id);
      }
    }
    await this.keyv.set(subscriptionId, trim(list, new Set(current)));
  }

  /** Record marks that may span subscriptions: one read and one write per subscription. */
  async addMarks(marks: readonly SeenMark[]): Promise<void> {
    for (const [subscriptionId, ids] of marksBySubscription(marks)) await this.add(subscriptionId, ids);
  }

  remove(subscriptionId: string): Promise<boolean> {
    return this.keyv.delete(subscriptionId);
  }
}

/** Item ids per subscription, in mark order. */
export function marksBySubscription(marks: readonly SeenMark[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const { subscriptionId, itemId } of marks) {
    const ids = grouped.get(subscriptionId);
    if (ids) ids.push(itemId);
    else grouped.set(subscriptionId, [itemId]);
  }
  return grouped;
}

function trim(list: string[], keep: Set<string>): string[] {
  if (list.length <= SEEN_LIMIT) return list;
  let excess = list.length - Math.max(SEEN_LIMIT, keep.size);
  return list.filter((id) => keep.has(id) || excess-- <= 0);
}
