/** The safe HTTP fetcher: SSRF guard at connect time, size/time/redirect limits, content types, charset. */

export { isPublicAddress } from './address-policy.js';
export { checkUrl, type UrlPolicyOptions } from './check-url.js';
export { sniffsAsHtml } from './content-type.js';
export { readCapped } from './read-body.js';
export { parseRetryAfter } from './retry-after.js';
export { createFetcher, DEFAULT_USER_AGENT } from './safe-fetch.js';
export type {
  Fetcher,
  FetcherOptions,
  FetchKind,
  FetchRequest,
  FetchResponse,
  ResolvedAddress,
  Resolver,
} from './types.js';
