import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DashboardParts } from '../parts.js';
import { html } from '../render/html.js';
import { page, type Viewer } from '../render/layout.js';
import { csrfMatches } from './csrf.js';
import { memberAccess } from './manage-guild.js';
import type { Session } from './sessions.js';

/** The session cookie's name; its value is the session id, known only to the member's browser. */
export const SESSION_COOKIE = 'newsdesk_session';

/** A request that passed the guard: whose session, and what its pages show them. */
export interface SignedIn {
  sessionId: string;
  session: Session;
  viewer: Viewer;
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn?: SignedIn;
  }
}

/** The signed-in member of a guarded route (the guard ran before it). */
export function signedIn(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw new Error('route is not behind the dashboard guard');
  return request.signedIn;
}

/** Send a short HTML page with a status. */
export function refuse(reply: FastifyReply, status: number, title: string, text: string): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(page(title, html`<p>${text}</p>`));
}

const NEW_LINK = 'Use /dashboard in your server for a new sign-in link.';

/**
 * Before every signed-in page and action: a live session, the form's CSRF token on a POST, and,
 * asked of Discord each time, Manage Server in that server still (roles change, members leave).
 */
export function guard(parts: DashboardParts) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const sessionId = request.cookies[SESSION_COOKIE];
    const session = await parts.access.sessions.find(sessionId);
    if (!sessionId || !session) return refuse(reply, 401, 'Signed out', `Your session has ended. ${NEW_LINK}`);
    if (request.method === 'POST' && !csrfMatches(session, request.body))
      return refuse(
        reply,
        403,
        'Refused',
        'This form did not come from your dashboard page. Reload the page and try again.',
      );
    const access = await memberAccess(parts.rest, session.guildId, session.userId);
    if (!access.allowed)
      return refuse(reply, 403, 'Refused', 'Only members who can manage this server can use its dashboard.');
    request.signedIn = {
      sessionId,
      session,
      viewer: { guildId: session.guildId, guildName: access.guildName, csrfToken: session.csrfToken },
    };
    return undefined;
  };
}
