import { createFetcher, type FetcherOptions } from '../../src/services/fetcher/index.js';

/**
 * The safe fetcher as the fetcher tests use it: 64 KiB caps, a 5 s deadline, and the loopback test
 * server (127.0.0.1 on `port`) let through; `overrides` change only what a test is about.
 */
export function loopbackFetcher(port: number, overrides: Partial<FetcherOptions> = {}) {
  return createFetcher({
    timeoutMs: 5000,
    maxHtmlBytes: 65536,
    maxFeedBytes: 65536,
    allowPorts: [port],
    allowPrivateHosts: ['127.0.0.1'],
    ...overrides,
  });
}
