import { randomBytes } from 'node:crypto';
import type Keyv from 'keyv';

/** A private summary waiting for its "Post to channel" button. */
export interface PendingPost {
  /** Only the member who asked may post it. */
  userId: string;
  /** Canonical URLs of the articles shown; they are in the article cache, so posting re-reads nothing. */
  urls: string[];
}

// Discord's interaction token lasts 15 minutes; after that the private message can't be edited anyway.
const PENDING_POST_TTL_MS = 15 * 60 * 1000;

/**
 * What a "Post to channel" button posts, kept in the store (namespace `autosummary`, 15 min) so
 * the button works after a restart and from any process; its custom id carries only the key.
 */
export class PendingPosts {
  constructor(
    private readonly records: Keyv<PendingPost>,
    private readonly ttlMs = PENDING_POST_TTL_MS,
  ) {}

  /** Keep a post for a while; returns the short key the button carries. */
  async save(post: PendingPost): Promise<string> {
    const key = randomBytes(9).toString('base64url');
    await this.records.set(keyOf(key), post, this.ttlMs);
    return key;
  }

  /** The post behind a key, if it is still waiting. */
  async get(key: string): Promise<PendingPost | undefined> {
    return this.records.get(keyOf(key));
  }

  /** Use a post up; false when it was already used (a second click), so it is posted once. */
  async consume(key: string): Promise<boolean> {
    return this.records.delete(keyOf(key));
  }
}

function keyOf(key: string): string {
  return `post:${key}`;
}
