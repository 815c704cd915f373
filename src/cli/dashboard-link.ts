import { defineCommand } from './command.js';
import { CliUsageError } from './io.js';

const SNOWFLAKE = /^\d{17,20}$/;

/** `newsdesk dashboard-link`: the operator's own way into a server's dashboard, as /dashboard gives a member. */
export const dashboardLinkCommand = defineCommand({
  summary: "print a one-time sign-in link to a server's web dashboard (valid 10 minutes)",
  usage: ['newsdesk dashboard-link --guild ID --user ID'],
  options: { guild: { type: 'string' }, user: { type: 'string' } },
  store: 'configured',
  async run({ values }, services, io) {
    const { guild, user } = values;
    if (!guild || !SNOWFLAKE.test(guild) || !user || !SNOWFLAKE.test(user))
      throw new CliUsageError('--guild and --user take Discord ids (17–20 digits)');
    if (!services.dashboard) {
      io.stderr('newsdesk: the dashboard is off: set DASHBOARD_PORT (and DASHBOARD_URL) first\n');
      return 1;
    }
    // The link is for a member: the dashboard still checks, through Discord, that they can manage the server.
    const token = await services.dashboard.links.issue({ guildId: guild, userId: user });
    io.stdout(`${services.dashboard.address.signInLink(token)}\n`);
    return 0;
  },
});
