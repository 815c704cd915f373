import type { Client } from 'discord.js';
import type { Config } from './config.js';
import { createServices, type SchedulerOptions, type Services } from './create-services.js';
import type { RunningDashboard } from './dashboard/server.js';
import { startDashboardIfOn } from './dashboard/start.js';
import { createClient } from './discord/client.js';
import { loadCommands, loadEvents } from './discord/loader.js';
import type { BotContext } from './discord/types.js';
import type { Scheduler } from './services/feeds/schedule/scheduler.js';
import type { Logger } from './services/logger.js';
import { purgeExpired } from './services/store.js';

/** How often expired cached articles are deleted from the store (Keyv only drops them when read). */
const CACHE_PURGE_INTERVAL_MS = 60 * 60_000;

export interface RunningBot {
  client: Client;
  services: Services;
  context: BotContext;
  /** Posts feed subscriptions; runs on its own cron heartbeat after login. */
  scheduler: Scheduler;
  /** The web dashboard, when DASHBOARD_PORT is set. */
  dashboard?: RunningDashboard;
  stop(): Promise<void>;
}

/** Build services once, wire commands and events to a client, and log in. */
export async function startBot(
  config: Config,
  logger: Logger,
  options: { scheduler?: SchedulerOptions; dashboardNow?: () => number } = {},
): Promise<RunningBot> {
  const services = createServices(config, logger, { scheduler: options.scheduler, dashboardNow: options.dashboardNow });
  // The similarity index fills in the background: a large cache must not hold up the login.
  services.articles.warmUp().catch((error: unknown) => logger.warn('similarity index warm-up failed', { error }));
  const { scheduler } = services;
  const client = createClient(config);
  const context: BotContext = { client, services, commands: await loadCommands(logger) };
  for (const event of await loadEvents(logger)) {
    const run = (...args: unknown[]) =>
      Promise.resolve((event.execute as (context: BotContext, ...rest: unknown[]) => unknown)(context, ...args)).catch(
        (error: unknown) => logger.error('event handler failed', { event: event.name, error }),
      );
    if (event.once) client.once(event.name, run);
    else client.on(event.name, run);
  }
  // Without an 'error' listener, discord.js errors would end the process.
  client.on('error', (error) => logger.error('discord client error', { error }));
  await client.login(config.discordToken);
  // Posts a crash left half-done are finished before anything new is checked.
  await scheduler.replayOutbox().catch((error: unknown) => logger.error('outbox replay failed', { error }));
  scheduler.start();
  const dashboard = await startDashboardIfOn(config, {
    dashboard: services.dashboard,
    feed: services,
    articleCooldown: services.articleCooldown,
    rest: client.rest,
    logger,
  });
  const purge = setInterval(() => {
    purgeExpired(services.store).catch((error: unknown) => logger.warn('cache purge failed', { error }));
  }, CACHE_PURGE_INTERVAL_MS);
  purge.unref();
  return {
    client,
    services,
    context,
    scheduler,
    dashboard,
    async stop() {
      clearInterval(purge);
      await dashboard?.close();
      await scheduler.stop();
      await client.destroy();
      await services.articles.close();
      await services.store.close();
    },
  };
}
