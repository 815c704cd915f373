import type Keyv from 'keyv';
import { newSecretToken, tokenKey } from './secret-token.js';

/** How long a /dashboard link can be opened. */
export const SIGN_IN_LINK_TTL_MS = 10 * 60_000;

/** Who a sign-in link (and the session it opens) is for: one member, in one server. */
export interface SignInGrant {
  guildId: string;
  userId: string;
}

interface StoredLink extends SignInGrant {
  expiresAt: number;
}

/** One-time sign-in links, kept in the `dashboard` namespace under the digest of their token. */
export class SignInLinks {
  constructor(
    private readonly keyv: Keyv<unknown>,
    private readonly now: () => number,
  ) {}

  /** A new link token for a member of a server, valid SIGN_IN_LINK_TTL_MS. */
  async issue(grant: SignInGrant): Promise<string> {
    const token = newSecretToken();
    const link: StoredLink = {
      guildId: grant.guildId,
      userId: grant.userId,
      expiresAt: this.now() + SIGN_IN_LINK_TTL_MS,
    };
    await this.keyv.set(tokenKey('link', token), link, SIGN_IN_LINK_TTL_MS);
    return token;
  }

  /**
   * Burn a link and say whom it was for; undefined when it is unknown, used or expired. The delete
   * decides: of two opens at once only the one that deleted the entry signs in.
   */
  async redeem(token: string): Promise<SignInGrant | undefined> {
    const key = tokenKey('link', token);
    const link = (await this.keyv.get(key)) as StoredLink | undefined;
    if (!link) return undefined;
    const burned = await this.keyv.delete(key);
    if (!burned || link.expiresAt <= this.now()) return undefined;
    return { guildId: link.guildId, userId: link.userId };
  }
}
