import type Keyv from 'keyv';
import { entries } from '../../store.js';
import type { OutboxEntry } from './types.js';

/**
 * Posts decided but not yet confirmed, in the `outbox` namespace keyed by nonce. An entry is
 * written before its post is sent and deleted only after the post is confirmed and its items are
 * marked seen, so whatever a crash interrupts is found here at the next start.
 */
export class Outbox {
  constructor(private readonly keyv: Keyv<OutboxEntry>) {}

  async put(entry: OutboxEntry): Promise<void> {
    await this.keyv.set(entry.nonce, entry);
  }

  async delete(nonce: string): Promise<void> {
    await this.keyv.delete(nonce);
  }

  /** Every pending entry, oldest first (so a channel gets its posts in the order they were decided). */
  async pending(): Promise<OutboxEntry[]> {
    const out: OutboxEntry[] = [];
    for await (const [, entry] of entries(this.keyv)) out.push(entry);
    return out.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq || a.nonce.localeCompare(b.nonce));
  }
}
