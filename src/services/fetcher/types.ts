/** The fetcher's public types: what callers ask for and what they get back. */

/** 'html' for article pages, 'feed' for RSS/Atom/JSON Feed (and the site pages feed discovery reads). */
export type FetchKind = 'html' | 'feed';

/** One resolved address, as `dns.lookup(host, { all: true })` returns it. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to every address it has; injectable so tests never touch real DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Limits and policy for one fetcher; built once from config (FETCH_* settings). */
export interface FetcherOptions {
  /** One deadline for the whole exchange: every redirect hop and the body. */
  timeoutMs: number;
  /** Cap on an HTML body, counted after decompression. */
  maxHtmlBytes: number;
  /** Cap on a feed body, counted after decompression. */
  maxFeedBytes: number;
  /** Ports allowed in addition to 80 and 443. */
  allowPorts: number[];
  /** Hostnames or CIDRs (e.g. '127.0.0.1', '127.0.0.0/8', '::1', 'localhost') that may reach non-public addresses. */
  allowPrivateHosts: string[];
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Default: dns.lookup with all: true. */
  resolve?: Resolver;
}

export interface FetchRequest {
  url: string;
  kind: FetchKind;
  /** Validators from the previous fetch of this URL, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** Cancels the fetch; its reason is rethrown as is. */
  signal?: AbortSignal;
}

export interface FetchResponse {
  /** The final URL after redirects. */
  url: string;
  /** 200..299, or 304. */
  status: number;
  /** True on a 304 answer to a conditional request. */
  notModified: boolean;
  /** The Content-Type header value, '' if none. */
  contentType: string;
  /** Decompressed bytes (empty on 304). */
  body: Buffer;
  /** The body decoded with decodeText ('' on 304). */
  text: string;
  /** The charset used to decode ('' on 304). */
  charset: string;
  etag?: string;
  lastModified?: string;
}

/** The only code that fetches user-supplied URLs and feeds. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
}
