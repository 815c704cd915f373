import type { REST } from '@discordjs/rest';
import type { ArticleService } from '../services/article-service.js';
import type { RateLimit } from '../services/cooldown.js';
import type { FeedService } from '../services/feeds/fetch/feed-service.js';
import type { SchedulerRules } from '../services/feeds/schedule/rules.js';
import type { DeliveryLog } from '../services/feeds/state/delivery-log.js';
import type { FeedStates } from '../services/feeds/state/feed-states.js';
import type { SeenItems } from '../services/feeds/state/seen-items.js';
import type { Subscriptions } from '../services/feeds/state/subscriptions.js';
import type { Logger } from '../services/logger.js';
import type { DashboardAddress } from './address.js';
import type { SignInLinks } from './auth/links.js';
import type { Sessions } from './auth/sessions.js';

/** The dashboard's own state: built in the composition root when DASHBOARD_PORT is set. */
export interface DashboardAccess {
  links: SignInLinks;
  sessions: Sessions;
  address: DashboardAddress;
  /** The dashboard's clock (sessions, links, the time a use case is told); tests move it. */
  now: () => number;
}

/** The feed side's parts the pages hand to the manage/ use cases, as /feed does. */
export interface FeedParts {
  subscriptions: Subscriptions;
  seen: SeenItems;
  feedStates: FeedStates;
  deliveryLog: DeliveryLog;
  feeds: FeedService;
  articles: ArticleService;
  rules: SchedulerRules;
  logger: Logger;
}

/** Everything the dashboard's server uses. */
export interface DashboardParts {
  access: DashboardAccess;
  feed: FeedParts;
  /** The per-member limit /article has: a preview reads a page the same way. */
  articleCooldown: RateLimit;
  /** Discord's REST API, with the bot's token: members, roles, channels. */
  rest: REST;
  logger: Logger;
}
