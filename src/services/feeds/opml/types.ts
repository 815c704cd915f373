/**
 * One feed of an OPML file: the standard outline attributes (OPML 2.0 "Attributes of <outline>",
 * type "rss": text, xmlUrl, htmlUrl) plus newsdesk's own settings in the `newsdesk:` namespace,
 * which other readers ignore and an import into newsdesk takes back.
 */
export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl?: string;
  settings: OpmlSettings;
}

/** Subscription settings carried by an outline; every one is optional (other readers write none). */
export interface OpmlSettings {
  intervalMinutes?: number;
  mode?: string;
  include?: string[];
  exclude?: string[];
  regex?: string;
  channelId?: string;
  mentionRoleId?: string;
}

/** The namespace of newsdesk's outline attributes. */
export const NEWSDESK_NS = 'https://github.com/newsdesk-bot/newsdesk/opml';
