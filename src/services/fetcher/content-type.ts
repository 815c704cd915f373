import type { FetchKind } from './types.js';

/** The media type of a Content-Type value, lower-cased, without parameters ('' if none). */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

// Feed discovery reads a site page with kind 'feed', and many feeds are served as HTML or plain
// text, so the feed layer sniffs what it gets; everything else (PDF, images, video) is refused unread.
const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/html',
  'text/plain',
  // OPML files given to /feed import (Discord's CDN serves them by extension); parsed like feeds.
  'text/x-opml',
  'application/x-opml',
];

/** The Accept header sent for each kind. */
export const ACCEPT: Record<FetchKind, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/html;q=0.5,*/*;q=0.1',
};

/** Whether a declared content type may be read for this kind. A missing one is decided by sniffing. */
export function acceptsContentType(kind: FetchKind, contentType: string): boolean {
  const type = mediaType(contentType);
  if (type === '') return true;
  return (kind === 'html' ? HTML_TYPES : FEED_TYPES).includes(type);
}

// The tags the WHATWG MIME Sniffing "HTML" pattern looks for, after leading whitespace (§7.1).
const HTML_START =
  /^\s*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[\s>]|^\s*<!--/i;

/** Whether bytes served without a Content-Type look like an HTML document. */
export function sniffsAsHtml(body: Buffer): boolean {
  const start = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  return HTML_START.test(body.subarray(start, start + 512).toString('latin1'));
}
