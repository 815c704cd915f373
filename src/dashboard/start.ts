import type { REST } from '@discordjs/rest';
import type { Config } from '../config.js';
import type { RateLimit } from '../services/cooldown.js';
import type { Logger } from '../services/logger.js';
import type { DashboardAccess, FeedParts } from './parts.js';
import { type RunningDashboard, startDashboard } from './server.js';

/** Start the dashboard when DASHBOARD_PORT is set (the composition root then built its access). */
export async function startDashboardIfOn(
  config: Pick<Config, 'dashboardPort' | 'dashboardHost'>,
  parts: { dashboard?: DashboardAccess; feed: FeedParts; articleCooldown: RateLimit; rest: REST; logger: Logger },
): Promise<RunningDashboard | undefined> {
  if (config.dashboardPort === undefined || !parts.dashboard) return undefined;
  return startDashboard(
    {
      access: parts.dashboard,
      feed: parts.feed,
      articleCooldown: parts.articleCooldown,
      rest: parts.rest,
      logger: parts.logger,
    },
    { host: config.dashboardHost, port: config.dashboardPort },
  );
}
