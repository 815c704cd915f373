import type { FeedItem } from '../parse/index.js';
import type { LogEntry, LoggedItem } from '../state/delivery-log.js';
import type { CheckDecision } from './decide-items.js';

/** Longest title kept in the log; /feed log shortens further to fit one message. */
const LOGGED_TITLE_CHARS = 200;

/** An item as the delivery log keeps it: its title (bounded) and link. */
export function loggedItem(item: Pick<FeedItem, 'title' | 'link'>): LoggedItem {
  const title = (item.title || item.link || 'untitled item').slice(0, LOGGED_TITLE_CHARS);
  return item.link ? { title, link: item.link } : { title };
}

/**
 * The log lines of a check's skipped items, oldest first. A first run's back catalogue is one line
 * with a count: it can be a hundred items, which would push every other decision out of the ring.
 */
export function skippedEntries(skipped: CheckDecision['skipped'], at: number): LogEntry[] {
  const entries: LogEntry[] = [];
  const backCatalogue = skipped.filter(({ reason }) => reason === 'first-run');
  if (backCatalogue.length > 0)
    entries.push({ at, outcome: 'skipped', reason: 'first-run', count: backCatalogue.length });
  for (const { item, reason } of [...skipped].reverse())
    if (reason !== 'first-run') entries.push({ at, outcome: 'skipped', reason, item: loggedItem(item) });
  return entries;
}
