/**
 * Where the dashboard is reached: DASHBOARD_URL when set (a reverse proxy's public address),
 * otherwise the address it listens on, known once it does.
 */
export class DashboardAddress {
  private listening?: string;

  constructor(private readonly publicUrl: string | undefined) {}

  /** Called by the server once it listens. */
  boundTo(url: string): void {
    this.listening = url;
  }

  get base(): string {
    const base = this.publicUrl ?? this.listening;
    if (!base) throw new Error('the dashboard is not listening yet');
    return base;
  }

  /** Cookies are Secure when members reach the dashboard over https. */
  get secure(): boolean {
    return this.base.startsWith('https://');
  }

  signInLink(token: string): string {
    return `${this.base}/dashboard/sign-in/${token}`;
  }
}
