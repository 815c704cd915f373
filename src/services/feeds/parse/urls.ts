import { absoluteHttpUrl } from '../../extract/urls.js';

/**
 * Resolve a link from a feed against its base (the feed's URL, or an `xml:base` in effect), the way
 * a browser would (WHATWG URL). An empty reference is the base itself (RFC 3986 §5.2); null for an
 * unusable value or a scheme other than http(s) (a `javascript:` link must never reach a channel).
 */
export function resolveUrl(value: string | null | undefined, base: string): string | null {
  if (value === null || value === undefined) return null;
  return absoluteHttpUrl(value.trim() || base, base);
}

/** Whether a value is already an absolute http(s) URL (a guid that can double as the link). */
export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value.trim());
}
