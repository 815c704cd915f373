import type { Store } from '../store.js';
import { PendingPosts } from './pending-posts.js';
import { RecentLinks } from './recent.js';
import { AutoSummarySettings } from './settings.js';

/** The shared-links state kept in the store, built once per bot (RecentLinks keeps its in-progress claims in the instance). */
export interface SharedLinkStores {
  settings: AutoSummarySettings;
  recent: RecentLinks;
  pendingPosts: PendingPosts;
}

/** Open the shared-links records: settings in the `guild` namespace, recent links and pending posts in `autosummary`. */
export function createSharedLinkStores(store: Store): SharedLinkStores {
  return {
    settings: new AutoSummarySettings(store.ns('guild')),
    recent: new RecentLinks(store.ns('autosummary')),
    pendingPosts: new PendingPosts(store.ns('autosummary')),
  };
}
