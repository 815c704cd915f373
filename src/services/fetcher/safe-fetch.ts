import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { FailureError } from '../errors.js';
import { type AddressPolicy, createAddressPolicy } from './address-policy.js';
import { checkUrl } from './check-url.js';
import { ACCEPT } from './content-type.js';
import { withDeadline } from './deadline.js';
import { guardedLookup, systemResolver } from './guarded-lookup.js';
import { header, readResponse } from './read-response.js';
import type { Fetcher, FetcherOptions, FetchRequest, FetchResponse } from './types.js';

/** Identifies the bot to site owners (Synapse leaves the version out "to avoid leaking information"). */
export const DEFAULT_USER_AGENT = 'newsdeskBot/0.1 (+https://github.com/newsdesk-bot/newsdesk)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * One GET with no cookies or credentials; resolves when the response headers arrive. A connection
 * that closes with no final answer rejects: Node gives no 'response' and no 'error' when a server
 * answers 101 Switching Protocols (it just closes the socket), which would otherwise wait forever.
 */
function send(
  url: URL,
  headers: OutgoingHttpHeaders,
  lookup: LookupFunction,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    // agent: false → a fresh connection per hop, so no pooled socket outlives the address check.
    const request = client.request(url, { method: 'GET', headers, lookup, signal, agent: false }, resolve);
    request.on('error', reject);
    // After 'response' this is a no-op: a promise settles once.
    request.on('close', () => reject(new FailureError('network', 'The connection closed without an answer')));
    request.end();
  });
}

function requestHeaders(request: FetchRequest, userAgent: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': userAgent,
    accept: ACCEPT[request.kind],
    'accept-encoding': 'gzip, deflate, br',
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

/** The absolute URL a Location header points to, relative to the URL that answered. */
function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FailureError('invalid-url', `The server redirected to an invalid URL: ${location.slice(0, 200)}`);
  }
}

/**
 * The URL a redirect leads to, checked like the first. A bad target is the site's doing, not the
 * user's, so it is told apart from a link the user mistyped (blocked targets stay blocked).
 */
function nextHop(location: string, from: URL, options: FetcherOptions, policy: AddressPolicy): URL {
  try {
    return checkUrl(resolveLocation(location, from), options, policy);
  } catch (error) {
    if (error instanceof FailureError && error.kind === 'invalid-url')
      throw new FailureError('invalid-url', error.message, { reason: 'redirect' });
    throw error;
  }
}

/** Build the fetcher: the one place user URLs and feeds are fetched (see notes/security.md §8). */
export function createFetcher(options: FetcherOptions): Fetcher {
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const policy = createAddressPolicy(options.allowPrivateHosts);
  const lookup = guardedLookup(options.resolve ?? systemResolver, policy);

  /** Follow redirects by hand so every hop passes checkUrl and the guarded lookup again. */
  async function exchange(request: FetchRequest, signal: AbortSignal): Promise<FetchResponse> {
    const headers = requestHeaders(request, userAgent);
    const limit = request.kind === 'html' ? options.maxHtmlBytes : options.maxFeedBytes;
    let url = checkUrl(request.url, options, policy);
    for (let redirects = 0; ; redirects += 1) {
      const response = await send(url, headers, lookup, signal);
      const location = header(response, 'location');
      if (!REDIRECT_STATUSES.has(response.statusCode ?? 0) || !location)
        return await readResponse(url, response, request, limit, signal);
      response.destroy();
      if (redirects >= maxRedirects)
        throw new FailureError('too-many-redirects', `More than ${maxRedirects} redirects`);
      url = nextHop(location, url, options, policy);
    }
  }

  return { fetch: (request) => withDeadline(options.timeoutMs, request.signal, (signal) => exchange(request, signal)) };
}
