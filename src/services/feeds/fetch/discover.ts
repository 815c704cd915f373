import { type DomElement, parseDocument } from '../../extract/dom.js';
import { absoluteHttpUrl } from '../../extract/urls.js';

/**
 * Feed autodiscovery on an HTML page: the `<link rel="alternate">` feeds the page declares (RSS
 * Autodiscovery, RSS Advisory Board; Atom and JSON Feed use the same element), in page order. Only
 * when a page declares none are plain `<a href>` links that look like feeds offered instead.
 */

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/x.atom+xml',
  'application/x-atom+xml',
  'text/xml',
  'application/xml',
]);

// Paths that are feeds by convention: /feed, /rss, /atom.xml, /index.xml, /feed.json, *.rss …
const FEED_PATH = /(?:\.(?:rss|atom|rdf|xml)|(?:^|\/)(?:feeds?|rss|atom)(?:\.json)?)\/?$/i;

function relTokens(el: DomElement): string[] {
  return (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** A `<link>` that declares a feed: rel alternate (or the old rel "feed") with a feed media type. */
function declaresFeed(el: DomElement): boolean {
  const rel = relTokens(el);
  const type = ((el.getAttribute('type') ?? '').split(';')[0] ?? '').trim().toLowerCase();
  if (rel.includes('stylesheet') || rel.includes('icon')) return false;
  if (rel.includes('alternate')) return FEED_TYPES.has(type);
  return rel.includes('feed') && (type === '' || FEED_TYPES.has(type));
}

/**
 * Absolute URLs of the feeds a page links to, in page order without repeats: `<link rel=alternate>`
 * of an RSS, Atom or JSON Feed type; if there are none, `<a href>` links whose path looks like a feed.
 */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const document = parseDocument(html);
  const base = absoluteHttpUrl(document.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
  const declared = Array.from(document.querySelectorAll('link[href]'))
    .filter(declaresFeed)
    .map((el) => absoluteHttpUrl(el.getAttribute('href'), base));
  const found = declared.some(Boolean)
    ? declared
    : Array.from(document.querySelectorAll('a[href]')).map((el) => {
        const url = absoluteHttpUrl(el.getAttribute('href'), base);
        return url && FEED_PATH.test(new URL(url).pathname) ? url : null;
      });
  return [...new Set(found.filter((url): url is string => url !== null))];
}
