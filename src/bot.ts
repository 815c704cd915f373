import type { Client } from 'discord.js';
import type { Config } from './config.js';
import { closeServices, createServices, type SchedulerOptions, type Services } from './create-services.js';
import type { RunningDashboard } from './dashboard/server.js';
import { startDashboardIfOn } from './dashboard/start.js';
import { createClient } from './discord/client.js';
import { loadCommands, loadEvents } from './discord/loader.js';
import type { BotContext } from './discord/types.js';
import { serveMetrics } from './serve-metrics.js';
import type { Scheduler } from './services/feeds/schedule/scheduler.js';
import type { Logger } from './services/logger.js';
import type { MetricsServer } from './services/metrics/server.js';
import { watchRest } from './services/metrics/watch-rest.js';
import { purgeExpired } from './services/store.js';

/** How often expired cached articles are deleted from the store (Keyv only drops them when read). */
const CACHE_PURGE_INTERVAL_MS = 60 * 60_000;

export interface RunningBot {
  client: Client;
  services: Services;
  context: BotContext;
  /** Posts feed subscriptions; runs on its own cron heartbeat after login, unless feeds are polled elsewhere. */
  scheduler: Scheduler;
  /** The web dashboard, when DASHBOARD_PORT is set. */
  dashboard?: RunningDashboard;
  /** /metrics and /healthz, when METRICS_PORT is set. */
  metricsServer?: MetricsServer;
  /** Finish the tick in hand, then close the dashboard, gateway, REST, the metrics server and the store. */
  stop(): Promise<void>;
}

export interface BotOptions {
  scheduler?: SchedulerOptions;
  /** Run the feed scheduler in this process (default). A gateway process under a worker says false. */
  pollFeeds?: boolean;
  /** The dashboard's clock (default Date.now); tests move it to expire links and sessions. */
  dashboardNow?: () => number;
}

/** Build services once, wire commands and events to a client, and log in. */
export async function startBot(config: Config, logger: Logger, options: BotOptions = {}): Promise<RunningBot> {
  const pollFeeds = options.pollFeeds ?? true;
  const services = createServices(config, logger, { scheduler: options.scheduler, dashboardNow: options.dashboardNow });
  // The similarity index fills in the background: a large cache must not hold up the login.
  services.articles.warmUp().catch((error: unknown) => logger.warn('similarity index warm-up failed', { error }));
  const { scheduler } = services;
  const client = createClient(config);
  watchRest(client.rest, 'gateway', services.metrics);
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
  if (pollFeeds) {
    // Posts a crash left half-done are finished before anything new is checked.
    await scheduler.replayOutbox().catch((error: unknown) => logger.error('outbox replay failed', { error }));
    scheduler.start();
  }
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
  const shards = client.options.shards;
  const metricsServer = await serveMetrics(config, {
    exposition: services.exposition,
    logger,
    healthy: () => client.isReady(),
    portOffset: Array.isArray(shards) ? shards[0] : 0,
  });
  return {
    client,
    services,
    context,
    scheduler,
    dashboard,
    metricsServer,
    async stop() {
      clearInterval(purge);
      await dashboard?.close();
      await scheduler.stop();
      await client.destroy();
      await metricsServer?.close();
      await closeServices(services);
    },
  };
}
