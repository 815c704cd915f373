import { sameSecret } from './secret-token.js';
import type { Session } from './sessions.js';

/** The form field every dashboard form carries. */
export const CSRF_FIELD = '_csrf';

/** Whether a submitted form carries its session's CSRF token (a forged cross-site form can't know it). */
export function csrfMatches(session: Session, body: unknown): boolean {
  const submitted = body && typeof body === 'object' ? (body as Record<string, unknown>)[CSRF_FIELD] : undefined;
  return sameSecret(session.csrfToken, submitted);
}
