import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURE_SITE_DIR } from './paths.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Every request path seen, in order. */
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with an ephemeral port. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    Promise.resolve(handler(req, res)).catch((error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Settings that let the bot or CLI fetch from loopback test servers: 127.0.0.1 may be private and
 * the servers' ephemeral ports are allowed (the fetcher otherwise only uses 80 and 443).
 */
export function loopbackEnv(...ports: number[]): Record<string, string> {
  return { FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1', FETCH_ALLOW_PORTS: ports.join(',') };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
};

/**
 * Serves a directory the way the fixture site expects: `/ai/openai-aws-turn` → `ai/openai-aws-turn.html`.
 * `overrides` answer chosen paths first (extra pages, faults).
 */
export function staticSite(root = FIXTURE_SITE_DIR, overrides: Record<string, Handler> = {}): Handler {
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const override = overrides[path];
    if (override) return override(req, res);
    const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
    const candidates = extname(safe) ? [safe] : [`${safe}.html`, join(safe, 'index.html')];
    for (const candidate of candidates) {
      try {
        const body = await readFile(join(root, candidate));
        res.writeHead(200, { 'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next candidate
      }
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  };
}

/** The fixture news site on loopback. */
export function startFixtureSite(overrides: Record<string, Handler> = {}): Promise<TestServer> {
  return startServer(staticSite(FIXTURE_SITE_DIR, overrides));
}
