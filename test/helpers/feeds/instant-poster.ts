import type { Poster } from '../../../src/services/feeds/deliver/poster/rest-poster.js';

/**
 * A poster that Discord confirms at once (numbered message ids), for runs where Discord's latency is
 * not the point. It keeps no channel, so it never finds an earlier post.
 */
export function instantPoster(): Poster & { posted(): number } {
  let posted = 0;
  return {
    post: async () => ({ id: String(++posted) }),
    fetchMessage: async () => ({ embeds: [] }),
    edit: async () => undefined,
    recentMessages: async () => [],
    posted: () => posted,
  };
}
