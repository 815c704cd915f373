/** The safe HTTP fetcher: SSRF guard at connect time, size/time/redirect limits, content types, charset. */
export { createFetcher, DEFAULT_USER_AGENT } from './safe-fetch.js';
export { checkUrl, type UrlPolicyOptions } from './check-url.js';
export { isPublicAddress } from './address-policy.js';
export { parseRetryAfter } from './retry-after.js';
export type { FetchKind, FetchRequest, FetchResponse, Fetcher, FetcherOptions, ResolvedAddress, Resolver } from './types.js';
