import type { FastifyInstance } from 'fastify';
import { refuse, SESSION_COOKIE, signedIn } from '../auth/guard.js';
import { SESSION_TTL_MS } from '../auth/sessions.js';
import type { DashboardParts } from '../parts.js';

/** Opening a /dashboard link: burn it, set the session cookie, go to the subscriptions. */
export function signInRoutes(app: FastifyInstance, parts: DashboardParts): void {
  app.get('/dashboard/sign-in/:token', async (request, reply) => {
    const grant = await parts.access.links.redeem((request.params as { token: string }).token);
    if (!grant)
      return refuse(
        reply,
        403,
        'Link not valid',
        'This sign-in link was used already or has expired. Use /dashboard in your server for a new one.',
      );
    const { id } = await parts.access.sessions.open(grant);
    reply.setCookie(SESSION_COOKIE, id, {
      path: '/dashboard',
      httpOnly: true,
      sameSite: 'lax',
      secure: parts.access.address.secure,
      maxAge: SESSION_TTL_MS / 1000,
    });
    // A redirect, so the link leaves the address bar and the history.
    return reply.redirect('/dashboard', 303);
  });
}

/** Signing out ends the session (behind the guard: it is a form with the CSRF token). */
export function signOutRoutes(app: FastifyInstance, parts: DashboardParts): void {
  app.post('/dashboard/sign-out', async (request, reply) => {
    await parts.access.sessions.close(signedIn(request).sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/dashboard' });
    return refuse(reply, 200, 'Signed out', 'You are signed out. Use /dashboard in your server to sign in again.');
  });
}
