import { FailureError } from '../../errors.js';
import { mapAtom } from './atom.js';
import { assignIds, type FeedDraft } from './identity.js';
import { mapJsonFeed } from './json-feed.js';
import { mapRss } from './rss.js';
import { FEED_ROOTS, feedText, parseJsonFeedText } from './sniff.js';
import type { ParsedFeed } from './types.js';
import { parseXml } from './xml.js';

export { looksLikeFeed } from './sniff.js';
export type { FeedItem, ParsedFeed } from './types.js';

/**
 * Parse RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 into one shape: plain-text titles and
 * summaries, absolute links (`xml:base`, then `baseUrl`, the URL the feed was fetched from), ISO 8601
 * dates with the feed's own offset, and a trustworthy id per item. Items keep feed order.
 * Throws FailureError('feed-parse') when the body is not a feed at all.
 */
export function parseFeed(body: Uint8Array | string, baseUrl: string, contentType?: string | null): ParsedFeed {
  const text = feedText(body, contentType).trimStart();
  let format: ParsedFeed['format'];
  let draft: FeedDraft;
  if (text.startsWith('{')) {
    const json = parseJsonFeedText(text);
    if (!json) throw new FailureError('feed-parse', 'JSON without a JSON Feed version');
    [format, draft] = ['json', mapJsonFeed(json, baseUrl)];
  } else {
    const root = parseXmlOrFail(text, baseUrl);
    const name = root.name.toLowerCase();
    if (!FEED_ROOTS.has(name)) throw new FailureError('feed-parse', `XML whose root is <${root.name}>, not a feed`);
    format = name === 'feed' ? 'atom' : name === 'rdf' ? 'rdf' : 'rss';
    draft = format === 'atom' ? mapAtom(root) : mapRss(root);
  }
  return {
    format,
    title: draft.title,
    link: draft.link,
    ...(draft.image ? { image: draft.image } : {}),
    items: assignIds(draft.items),
  };
}

function parseXmlOrFail(text: string, baseUrl: string): NonNullable<ReturnType<typeof parseXml>> {
  let root: ReturnType<typeof parseXml>;
  try {
    root = parseXml(text, baseUrl);
  } catch (error) {
    if (error instanceof FailureError) throw error;
    throw new FailureError('feed-parse', `not readable XML: ${(error as Error).message}`);
  }
  if (!root) throw new FailureError('feed-parse', 'no XML element found');
  return root;
}
