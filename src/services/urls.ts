import { FailureError } from './errors.js';

// Click-tracking parameters that never change what page is served.
const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl)$/i;

/**
 * Parse what a user typed into an absolute http(s) URL. A bare "example.com/story" gets https://
 * (people paste links without the scheme); anything else that is not http(s) is refused.
 */
export function parseUserUrl(input: string): URL {
  const trimmed = input.trim().replace(/^<(.*)>$/, '$1');
  // "news.example:8080/story" has a port, not a scheme: a colon before a digit is not a scheme's.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new FailureError('invalid-url', `Not a URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FailureError('invalid-url', `Not an http(s) URL: ${input}`);
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) {
    throw new FailureError('invalid-url', `No domain in: ${input}`);
  }
  return url;
}

/** The host a reader recognises a link by: lower-case, without a leading "www."; empty when not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The cache key form of a URL: lower-case scheme and host (WHATWG parsing does both), no default
 * port, no fragment, no tracking parameters; the rest of the query is kept in order because it can
 * select a different page.
 */
export function canonicalizeUrl(input: string | URL): string {
  const url = typeof input === 'string' ? parseUserUrl(input) : new URL(input.href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/** `canonicalizeUrl` for a link that may be missing or not a URL at all: null instead of an error. */
export function canonicalOrNull(link: string | null | undefined): string | null {
  try {
    return link ? canonicalizeUrl(link) : null;
  } catch {
    return null;
  }
}
