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

/** Every key the atomic limits write starts with this, so they are easy to find and to clean. */
export const ATOMIC_KEY_PREFIX = 'newsdesk.limits:';

/**
 * Connect to the Redis named by STORE_URL with the client @keyv/redis itself uses. Commands sent
 * while it connects wait in its offline queue, so building the bot need not wait for Redis.
 */
export function openRedis(url: string, logger: Logger): RedisConnection {
  const client = createClient({ url });
  // Without an 'error' listener a dropped connection would end the process; the client reconnects.
  client.on('error', (error: unknown) => logger.warn('redis connection error', { error }));
  client.connect().catch((error: unknown) => logger.error('redis connect failed', { error }));
  return {
    commands: client as unknown as RedisCommands,
    async close() {
      // A connected client finishes the commands it has sent; one still trying to connect is dropped.
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
