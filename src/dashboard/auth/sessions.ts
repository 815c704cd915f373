import type Keyv from 'keyv';
import type { SignInGrant } from './links.js';
import { newSecretToken, tokenKey } from './secret-token.js';

/** How long a dashboard session lasts; Manage Server is re-checked on every request anyway. */
export const SESSION_TTL_MS = 8 * 60 * 60_000;

/** A signed-in member of one server, with the CSRF token every form of theirs carries. */
export interface Session extends SignInGrant {
  csrfToken: string;
  expiresAt: number;
}

/** Dashboard sessions in the `dashboard` namespace, keyed by the digest of the cookie's id. */
export class Sessions {
  constructor(
    private readonly keyv: Keyv<unknown>,
    private readonly now: () => number,
  ) {}

  /** Open a session; the id goes only into the member's cookie. */
  async open(grant: SignInGrant): Promise<{ id: string; session: Session }> {
    const id = newSecretToken();
    const session: Session = {
      guildId: grant.guildId,
      userId: grant.userId,
      csrfToken: newSecretToken(),
      expiresAt: this.now() + SESSION_TTL_MS,
    };
    await this.keyv.set(tokenKey('session', id), session, SESSION_TTL_MS);
    return { id, session };
  }

  /** The live session with this id, if any. */
  async find(id: string | undefined): Promise<Session | undefined> {
    if (!id) return undefined;
    const session = (await this.keyv.get(tokenKey('session', id))) as Session | undefined;
    if (!session || session.expiresAt <= this.now()) return undefined;
    return session;
  }

  /** Sign out. */
  async close(id: string): Promise<void> {
    await this.keyv.delete(tokenKey('session', id));
  }
}
