import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from '@discordjs/rest';
import type { Config } from './config.js';
import { forwardRequests } from './rest-proxy-forward.js';
import { serveMetrics } from './serve-metrics.js';
import type { Logger } from './services/logger.js';
import { createPrometheusMetrics } from './services/metrics/prometheus.js';
import type { MetricsServer } from './services/metrics/server.js';
import { watchRest } from './services/metrics/watch-rest.js';

export interface RunningRestProxy {
  /** http://host:port/api: what every process's DISCORD_API_URL is set to. */
  apiBase: string;
  metricsServer?: MetricsServer;
  /** Stop taking requests and wait for the ones in flight. */
  stop(): Promise<void>;
}

/**
 * `npm run start:rest-proxy`: one @discordjs/rest queue in front of Discord for every process, so
 * the gateway shards and the worker share one view of the rate limits (the global 50/s included)
 * instead of each learning them by 429s. Requests keep their own Authorization header; the proxy
 * holds no token.
 */
export async function startRestProxy(config: Config, logger: Logger): Promise<RunningRestProxy> {
  const rest = new REST({ api: config.restProxyUpstream });
  const prometheus = config.metricsPort === undefined ? undefined : createPrometheusMetrics();
  if (prometheus) watchRest(rest, 'proxy', prometheus.metrics);
  const forward = forwardRequests(rest);
  const server = createServer((req, res) => {
    // Discord's own answers (errors included) go back as they came; what is left is a failure to reach it.
    forward(req, res).catch((error: unknown) =>
      logger.error('rest proxy request failed', { method: req.method, error }),
    );
  });
  server.listen(config.restProxyPort, config.restProxyHost);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const apiBase = `http://${config.restProxyHost}:${port}/api`;
  const metricsServer = await serveMetrics(config, { exposition: prometheus?.exposition, logger, healthy: () => true });
  logger.info('ready', { role: 'rest-proxy', api: apiBase, upstream: config.restProxyUpstream });
  return {
    apiBase,
    metricsServer,
    async stop() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await metricsServer?.close();
    },
  };
}
