import type { LogEntry, LoggedItem } from '../state/delivery-log.js';
import type { OutboxEntry } from '../state/types.js';

/** How a digest is named in the log (its items are counted, not listed). */
const DIGEST: LoggedItem = { title: 'a digest' };

/** Marks grouped by subscription, in entry order. */
function marksOf(entry: OutboxEntry): Map<string, OutboxEntry['marks']> {
  const by = new Map<string, OutboxEntry['marks']>();
  for (const id of entry.subscriptionIds) by.set(id, []);
  for (const mark of entry.marks) by.set(mark.subscriptionId, [...(by.get(mark.subscriptionId) ?? []), mark]);
  return by;
}

/** The items an entry posts for one subscription, as the log names them. */
function itemsOf(entry: OutboxEntry, marks: OutboxEntry['marks']): LoggedItem[] {
  if (entry.kind === 'digest' || marks.length === 0) return [DIGEST];
  return marks.map((mark) => mark.item ?? { title: mark.itemId });
}

/**
 * What a confirmed post means for each subscription's log: each card item posted in `messageId`,
 * or for a digest one line with the number of items it listed.
 */
export function postedEntries(entry: OutboxEntry, messageId: string, at: number): Map<string, LogEntry[]> {
  const out = new Map<string, LogEntry[]>();
  const base = { at, outcome: 'posted' as const, channelId: entry.channelId, messageId };
  for (const [subscriptionId, marks] of marksOf(entry)) {
    const count = entry.kind === 'digest' ? { count: marks.length } : {};
    out.set(
      subscriptionId,
      itemsOf(entry, marks).map((item) => ({ ...base, item, ...count })),
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
  for (const [subscriptionId, marks] of marksOf(entry))
    out.set(
      subscriptionId,
      itemsOf(entry, marks).map((item) => ({ at, outcome: 'failed' as const, reason, retrying, item })),
    );
  return out;
}
