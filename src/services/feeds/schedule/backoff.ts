import { isFailure, userMessage } from '../../errors.js';

const MINUTE = 60_000;
/** Longest wait between two checks of a failing feed. */
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE;
/** A Retry-After further out than this is treated as this (a server cannot park us for weeks). */
export const MAX_RETRY_AFTER_MS = 24 * 60 * MINUTE;

/** When to check again after a success: one interval on, but never before the server allows. */
export function nextCheckAfterSuccess(now: number, intervalMinutes: number, retryAt = 0): number {
  return Math.max(now + intervalMinutes * MINUTE, retryAt);
}

/**
 * When to check again after the n-th consecutive failure: the interval doubled per failure up to
 * six hours (miniflux backs off the same way), and never before a Retry-After.
 */
export function nextCheckAfterFailure(now: number, intervalMinutes: number, failures: number, retryAt = 0): number {
  const delay = Math.min(intervalMinutes * MINUTE * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
  return Math.max(now + delay, retryAt);
}

/** The time a 429 or 503 with Retry-After lets us come back, capped; undefined when the error says nothing. */
export function retryAtFrom(error: unknown, now: number): number | undefined {
  if (!isFailure(error) || error.detail.retryAfterSeconds === undefined) return undefined;
  return now + Math.min(error.detail.retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS);
}

/** A failure in words for `/feed list` and the pause notice. */
export function describeFailure(error: unknown): string {
  return isFailure(error) ? userMessage(error) : 'Something unexpected went wrong reading this feed.';
}
