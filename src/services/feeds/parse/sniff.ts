import { decodeText } from '../../charset.js';
import { isJsonFeed } from './json-feed.js';

/** How much of the body the XML sniff reads: the prolog and the root tag are near the start. */
const XML_SNIFF_CHARS = 8192;

/** Feed bytes or text as text, charset chosen as a browser would (BOM, header, XML declaration). */
export function feedText(body: Uint8Array | string, contentType?: string | null): string {
  const text = typeof body === 'string' ? body : decodeText(body, contentType).text;
  return text.replace(/^\uFEFF/, '');
}

/** The local name of the root element, read past the XML declaration, comments, PIs and the DOCTYPE. */
export function rootElementName(xml: string): string | null {
  const head = xml
    .slice(0, XML_SNIFF_CHARS)
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
  const match = /^\s*<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(head);
  return match?.[1] ?? null;
}

/** Whether parsed JSON text is a JSON Feed. */
export function parseJsonFeedText(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonFeed(value) ? value : null;
  } catch {
    return null;
  }
}

/** Root names of the XML feed formats: RSS, RSS 1.0 / 0.90 (`rdf:RDF`), Atom. */
export const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);

/**
 * Sniff: XML whose root is rss / feed / rdf:RDF, or JSON carrying a JSON Feed version. Cheap enough
 * to run on any fetched body before choosing between the feed parser and the article extractor.
 */
export function looksLikeFeed(body: Uint8Array | string, contentType?: string | null): boolean {
  const text = feedText(body, contentType).trimStart();
  if (text.startsWith('{')) return parseJsonFeedText(text) !== null;
  const root = rootElementName(text);
  return root !== null && FEED_ROOTS.has(root.toLowerCase());
}
