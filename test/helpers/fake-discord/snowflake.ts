/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes count milliseconds from here. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Returns a generator of unique, increasing snowflake ids stamped with `now()`.
 * discord.js reads the timestamp out of ids (`Message#createdTimestamp`) and @discordjs/rest only
 * recognises 17–19 digit ids as major parameters, so ids must be real snowflakes, not counters.
 */
export function createSnowflakes(now: () => number): () => string {
  let last = 0n;
  return () => {
    const stamped = (BigInt(Math.floor(now())) - DISCORD_EPOCH) << 22n;
    // A fake clock often stands still; bumping the increment keeps ids unique and ordered.
    last = stamped > last ? stamped : last + 1n;
    return last.toString();
  };
}

/** A URL-safe opaque token, stable for a given seed (interaction tokens are `[A-Za-z0-9_-]`). */
export function opaqueToken(seed: string): string {
  return Buffer.from(`fake-discord:${seed}`).toString('base64url');
}
