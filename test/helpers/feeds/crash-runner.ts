/**
 * Test-only entry: run the real scheduler once in its own process (start-up outbox replay, then one
 * tick) and, when asked, SIGKILL itself at a chosen point of a delivery, the way a power cut would.
 * argv[2] is JSON: { apiBase, token, storeUrl, sitePort, now, crashAt?: 'after-post' | 'after-mark', queue? }.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../../src/config.js';
import { createServices } from '../../../src/create-services.js';
import type { DeliveryHooks } from '../../../src/services/feeds/deliver/delivery.js';
import { silentLogger } from '../../../src/services/logger.js';
import { loopbackEnv } from '../http-server.js';

export type CrashPoint = 'before-record' | 'after-post' | 'after-mark';

export interface CrashRunnerArgs {
  apiBase: string;
  token: string;
  storeUrl: string;
  sitePort: number;
  now: number;
  crashAt?: CrashPoint;
  /** A BullMQ queue shared by the runs (default: the in-process queue). */
  queue?: { url: string; prefix: string };
}

/** Short, so a run killed holding a feed check loses it quickly to the next run. */
const QUEUE_LOCK_SECONDS = 1;

/** Run once, as the arguments say. */
async function main(args: CrashRunnerArgs): Promise<void> {
  const config = loadConfig({
    DISCORD_TOKEN: args.token,
    DISCORD_API_URL: args.apiBase,
    STORE_URL: args.storeUrl,
    ...loopbackEnv(args.sitePort),
    FETCH_TIMEOUT_MS: '3000',
    ...(args.queue
      ? { QUEUE_URL: args.queue.url, QUEUE_PREFIX: args.queue.prefix, QUEUE_LOCK_SECONDS: String(QUEUE_LOCK_SECONDS) }
      : {}),
  });
  const die = (point: CrashPoint) => () => {
    if (args.crashAt === point) process.kill(process.pid, 'SIGKILL');
  };
  const hooks: DeliveryHooks = {
    beforeRecord: die('before-record'),
    afterPost: die('after-post'),
    afterMark: die('after-mark'),
  };
  const services = createServices(config, silentLogger, { scheduler: { now: () => args.now, hooks } });
  const { scheduler } = services;
  // A run killed holding a feed's job or a post's lease keeps them until the lock runs out, and the
  // job comes back through the stalled check of an open queue (every half lock, two passes): open
  // it, then wait that out, so this run sees them free, as it would a while after the crash.
  await scheduler.open();
  if (args.queue) await sleep(2.5 * QUEUE_LOCK_SECONDS * 1000);
  const replay = await scheduler.replayOutbox();
  const tick = await scheduler.tick();
  process.stdout.write(JSON.stringify({ replay, tick }) + '\n');
  await services.store.close();
  // REST keeps idle keep-alive sockets open; the run is over.
  process.exit(0);
}

// `node --test dist/test/` also runs this file, without arguments: then there is nothing to do.
if (process.argv[2]) await main(JSON.parse(process.argv[2]) as CrashRunnerArgs);
