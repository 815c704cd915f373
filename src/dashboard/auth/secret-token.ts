import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh unguessable token (256 bits), safe in a URL path and a cookie. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The store key for a token: its SHA-256, so a copy of the store (a backup, a Redis dump) holds no
 * working sign-in link or session.
 */
export function tokenKey(prefix: string, token: string): string {
  return `${prefix}:${createHash('sha256').update(token).digest('hex')}`;
}

/** Compare two secrets in constant time (a mismatch's position must not leak through timing). */
export function sameSecret(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
