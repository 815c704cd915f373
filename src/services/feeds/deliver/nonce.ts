import { createHash } from 'node:crypto';

/** Discord accepts a nonce of at most 25 characters. */
export const NONCE_LENGTH = 24;

/**
 * A deterministic nonce for a post: the same subscription and item always give the same one, so a
 * re-post after a crash is recognised by Discord (`enforce_nonce`) and not shown twice.
 */
export function postNonce(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, NONCE_LENGTH);
}
