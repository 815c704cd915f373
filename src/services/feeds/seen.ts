import type Keyv from 'keyv';

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

  /** Record ids as seen. `current` are the ids the feed lists now; they survive trimming. */
  async add(subscriptionId: string, ids: Iterable<string>, current: Iterable<string> = []): Promise<void> {
    const added = [...ids];
    if (added.length === 0) return;
    const list = (await this.keyv.get(subscriptionId)) ?? [];
    const known = new Set(list);
    for (const id of added) {
      if (!known.has(id)) {
        list.push(id);
        known.add(id);
      }
    }
    await this.keyv.set(subscriptionId, trim(list, new Set(current)));
  }

  remove(subscriptionId: string): Promise<boolean> {
    return this.keyv.delete(subscriptionId);
  }
}

function trim(list: string[], keep: Set<string>): string[] {
  if (list.length <= SEEN_LIMIT) return list;
  let excess = list.length - Math.max(SEEN_LIMIT, keep.size);
  return list.filter((id) => keep.has(id) || excess-- <= 0);
}
