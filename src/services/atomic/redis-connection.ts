import { createClient } from '@redis/client';
import type { Logger } from '../logger.js';

/** The few Redis commands the atomic limits send; a narrow type so they can be handed any client. */
export interface RedisCommands {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

/** One Redis connection for the atomic limits, and its end. */
export interface RedisConnection {
  commands: RedisCommands;
  close(): Promise<void>;
}

/**
 * How long a limit may wait for Redis. Commands queue while Redis is away (the client reconnects),
 * so without a bound a member's /article would wait past Discord's 3 s answer window; past this it
 * fails, and the member is told something went wrong instead of hearing nothing.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 1500;

/** `work`, or an error once `timeoutMs` has passed without its answer. */
function bounded<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Every key the atomic limits write starts with this, so they are easy to find and to clean. */
export const ATOMIC_KEY_PREFIX = 'newsdesk.limits:';

/**
 * Connect to the Redis named by STORE_URL with the client @keyv/redis itself uses. Commands sent
 * while it connects wait in its offline queue, so building the bot need not wait for Redis.
 */
export function openRedis(url: string, logger: Logger, timeoutMs = REDIS_COMMAND_TIMEOUT_MS): RedisConnection {
  const client = createClient({ url });
  // Without an 'error' listener a dropped connection would end the process; the client reconnects.
  client.on('error', (error: unknown) => logger.warn('redis connection error', { error }));
  client.connect().catch((error: unknown) => logger.error('redis connect failed', { error }));
  return {
    commands: {
      eval: (script, options) => bounded(client.eval(script, options), timeoutMs),
      del: (key) => bounded(client.del(key), timeoutMs),
    },
    async close() {
      // A connected client finishes the commands it has sent; one still trying to connect is dropped.
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
