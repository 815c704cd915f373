/** Who may send a post right now: at most one process per nonce. */
export interface PostLeases {
  /** Run `send` holding the post's lease; undefined (and `send` not run) when another process holds it. */
  exclusive<T>(nonce: string, send: () => Promise<T>): Promise<T | undefined>;
}

/** One process: its ticks never overlap, so no post is ever sent twice at once. */
export const processPostLeases: PostLeases = {
  exclusive: (_nonce, send) => send(),
};
