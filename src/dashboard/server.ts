import type { AddressInfo } from 'node:net';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { guard, refuse } from './auth/guard.js';
import { logRoutes } from './pages/log.js';
import { previewRoutes } from './pages/preview.js';
import { signInRoutes, signOutRoutes } from './pages/sign-in.js';
import { subscriptionRoutes } from './pages/subscriptions.js';
import type { DashboardParts } from './parts.js';
import { SCRIPT, STYLESHEET } from './render/assets.js';

/** A running dashboard: where it listens, and how to stop it. */
export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

// Nothing from other sites, no inline script or style, no framing, forms only to ourselves.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function build(parts: DashboardParts): FastifyInstance {
  // Fastify's own logger is off: request lines carry sign-in tokens in their paths.
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  app.register(fastifyCookie);
  app.register(fastifyFormbody);
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.get('/dashboard/assets/app.css', (_request, reply) => reply.type('text/css; charset=utf-8').send(STYLESHEET));
  app.get('/dashboard/assets/app.js', (_request, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT));
  app.get('/', (_request, reply) => reply.redirect('/dashboard', 302));
  app.register(async (open) => signInRoutes(open, parts));
  app.register(async (guarded) => {
    guarded.addHook('preHandler', guard(parts));
    subscriptionRoutes(guarded, parts);
    logRoutes(guarded, parts);
    previewRoutes(guarded, parts);
    signOutRoutes(guarded, parts);
  });
  app.setNotFoundHandler((_request, reply) => refuse(reply, 404, 'Not found', 'There is no such page here.'));
  app.setErrorHandler((error, request, reply) => {
    // The route's pattern, never its address: that may hold a sign-in token.
    parts.logger.error('dashboard request failed', { route: request.routeOptions.url, error });
    return refuse(
      reply,
      500,
      'Something went wrong',
      'The page could not be made (Discord unreachable?). Try again in a moment.',
    );
  });
  return app;
}

/** Start the dashboard's web server on host:port (port 0: any free one). */
export async function startDashboard(
  parts: DashboardParts,
  listen: { host: string; port: number },
): Promise<RunningDashboard> {
  const app = build(parts);
  await app.listen({ host: listen.host, port: listen.port });
  const { address, port } = app.server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  parts.access.address.boundTo(url);
  parts.logger.info('dashboard listening', { url });
  return { url, close: () => app.close() };
}
