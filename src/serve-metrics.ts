import type { Config } from './config.js';
import type { Logger } from './services/logger.js';
import type { MetricsExposition } from './services/metrics/prometheus.js';
import { type MetricsServer, startMetricsServer } from './services/metrics/server.js';

/**
 * Start /metrics and /healthz when METRICS_PORT is set. `portOffset` keeps processes of one role on
 * one machine apart (a sharded gateway process adds its first shard id); port 0 stays "any free port".
 */
export async function serveMetrics(
  config: Pick<Config, 'metricsHost' | 'metricsPort'>,
  parts: { exposition?: MetricsExposition; logger: Logger; healthy(): boolean; portOffset?: number },
): Promise<MetricsServer | undefined> {
  const { exposition, logger } = parts;
  if (config.metricsPort === undefined || !exposition) return undefined;
  const port = config.metricsPort === 0 ? 0 : config.metricsPort + (parts.portOffset ?? 0);
  const server = await startMetricsServer({ host: config.metricsHost, port, exposition, healthy: parts.healthy });
  logger.info('metrics server listening', { url: server.url });
  return server;
}
