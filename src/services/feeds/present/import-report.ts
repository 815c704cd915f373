import { clamp, escapeText, unfurlFree } from '../../format/escape.js';
import { LIMITS } from '../../format/limits.js';
import type { ImportOutcome } from '../manage/import-subscriptions.js';

function line(outcome: ImportOutcome): string {
  const title = `**${escapeText(clamp(outcome.feed.title, 100))}**`;
  if (outcome.outcome !== 'refused')
    return outcome.outcome === 'subscribed'
      ? `✅ ${title} → <#${outcome.channelId}>`
      : `➖ ${title}: already followed in <#${outcome.channelId}>`;
  return `❌ ${title} (${unfurlFree(clamp(outcome.feed.xmlUrl, 300))}): ${escapeText(clamp(outcome.reason, 300))}`;
}

/**
 * The answer to `/feed import`: a summary, then one line per outline in file order, split into
 * messages of at most 2000 characters (Discord's content limit) at line ends.
 */
export function importReportPages(outcomes: ImportOutcome[], more: number): string[] {
  const count = (kind: ImportOutcome['outcome']) => outcomes.filter((outcome) => outcome.outcome === kind).length;
  const summary = [
    `Imported ${outcomes.length} feed${outcomes.length === 1 ? '' : 's'}: ${count('subscribed')} subscribed, ${count('already')} already there, ${count('refused')} not added.`,
  ];
  if (more > 0) summary.push(`The file lists ${more} more, which I did not read.`);
  const pages: string[] = [];
  let page = summary.join('\n');
  for (const text of outcomes.map(line)) {
    if (page.length + 1 + text.length > LIMITS.content) {
      pages.push(page);
      page = text;
    } else page = `${page}\n${text}`;
  }
  pages.push(page);
  return pages;
}
