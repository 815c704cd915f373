import { createHash } from 'node:crypto';

/**
 * The one job id of a feed: a hash of its URL, so every process and every subscription of the feed
 * names the same job (a queue keeps one job per id) and the id holds no characters a queue reserves.
 */
export function feedJobId(feedUrl: string): string {
  return `feed-${createHash('sha256').update(feedUrl).digest('base64url').slice(0, 32)}`;
}
