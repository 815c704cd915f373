import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MetricsExposition } from './prometheus.js';

export interface MetricsServerOptions {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  exposition: MetricsExposition;
  /** Whether this process does its job (e.g. the gateway is connected); /healthz says 503 when not. */
  healthy(): boolean;
}

export interface MetricsServer {
  /** http://host:port, as bound. */
  url: string;
  close(): Promise<void>;
}

/** GET /metrics (Prometheus text) and GET /healthz ("ok" or 503); nothing else. */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
    } else if (path === '/metrics') {
      options.exposition.render().then(
        (text) => res.writeHead(200, { 'content-type': options.exposition.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    } else if (path === '/healthz') {
      const healthy = options.healthy();
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'text/plain' }).end(healthy ? 'ok\n' : 'not ready\n');
    } else {
      res.writeHead(404).end();
    }
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
