import type { Config } from './config.js';
import { closeServices, createServices, type SchedulerOptions, type Services } from './create-services.js';
import { serveMetrics } from './serve-metrics.js';
import type { Logger } from './services/logger.js';
import type { MetricsServer } from './services/metrics/server.js';

export interface RunningWorker {
  services: Services;
  metricsServer?: MetricsServer;
  /** Finish the tick in hand, then close REST, the metrics server and the store. */
  stop(): Promise<void>;
}

/**
 * `npm run start:worker`: the feed scheduler alone. It posts over REST only (the poster), with no
 * gateway connection, so it can run beside any number of gateway processes on a shared store.
 */
export async function startWorker(
  config: Config,
  logger: Logger,
  options: { scheduler?: SchedulerOptions } = {},
): Promise<RunningWorker> {
  const services = createServices(config, logger, { scheduler: options.scheduler });
  // Same-story checks read the similarity index; it fills from the cache in the background.
  services.articles.warmUp().catch((error: unknown) => logger.warn('similarity index warm-up failed', { error }));
  const { scheduler } = services;
  // Posts a crash left half-done are finished before anything new is checked.
  await scheduler.replayOutbox().catch((error: unknown) => logger.error('outbox replay failed', { error }));
  scheduler.start();
  const metricsServer = await serveMetrics(config, { exposition: services.exposition, logger, healthy: () => true });
  logger.info('ready', { role: 'worker' });
  return {
    services,
    metricsServer,
    async stop() {
      await scheduler.stop();
      await metricsServer?.close();
      await closeServices(services);
    },
  };
}
