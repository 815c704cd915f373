import type { LogEntry } from '../state/delivery-log.js';
import type { OutboxEntry } from '../state/types.js';

/** Marks grouped by subscription, in entry order. */
function marksOf(entry: OutboxEntry): Map<string, OutboxEntry['marks']> {
  const by = new Map<string, OutboxEntry['marks']>();
  for (const id of entry.subscriptionIds) by.set(id, []);
  for (const mark of entry.marks) by.set(mark.subscriptionId, [...(by.get(mark.subscriptionId) ?? []), mark]);
  return by;
}

/**
 * What a confirmed post means for each subscription's log: each card item posted in `messageId`,
 * or for a digest one line with the number of items it listed.
 */
export function postedEntries(entry: OutboxEntry, messageId: string, at: number): Map<string, LogEntry[]> {
  const out = new Map<string, LogEntry[]>();
  const base = { at, outcome: 'posted' as const, channelId: entry.channelId, messageId };
  for (const [subscriptionId, marks] of marksOf(entry)) {
    if (entry.kind === 'digest')
      out.set(subscriptionId, [{ ...base, item: { title: 'a digest' }, count: marks.length }]);
    else
      out.set(
        subscriptionId,
        marks.map((mark) => ({ ...base, item: mark.item ?? { title: mark.itemId } })),
      );
  }
  return out;
}

/** What a post Discord did not take means for each subscription's log; `retrying` when it stays in the outbox. */
export function failedEntries(
  entry: OutboxEntry,
  reason: string,
  retrying: boolean,
  at: number,
): Map<string, LogEntry[]> {
  const out = new Map<string, LogEntry[]>();
  for (const [subscriptionId, marks] of marksOf(entry)) {
    const items = entry.kind === 'digest' || marks.length === 0 ? [undefined] : marks.map((mark) => mark.item);
    out.set(
      subscriptionId,
      items.map((item) => ({ at, outcome: 'failed', reason, retrying, ...(item ? { item } : {}) })),
    );
  }
  return out;
}
