/** One entry of a feed, normalised across RSS, RDF, Atom and JSON Feed. */
export interface FeedItem {
  /** guid / atom:id / JSON id; else the link; else 'sha1:' + a hash of title and date. Ids repeated within one feed are replaced by link/hash. */
  id: string;
  /** Plain text. */
  title: string;
  /** Absolute (xml:base and the feed URL applied); an isPermaLink guid when there is no link. */
  link: string | null;
  /** ISO 8601 keeping the feed's own offset, e.g. 2026-04-15T09:30:00+09:00; the update date when there is no other. */
  published: string | null;
  /** Plain text body, full content preferred over the description. */
  summary: string;
  /** The author's name without e-mail; Atom entries inherit the feed's/source's author, JSON Feed items the feed's authors. */
  author: string | null;
  /** RSS/Atom categories or JSON Feed tags, distinct, in feed order (matched to a forum's tags). */
  categories?: string[];
}

/** A parsed feed: its title and site link, and its items in feed order. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  link: string | null;
  /** The feed's picture (RSS image, Atom icon or logo, JSON Feed icon or favicon), absolute. */
  image?: string | null;
  items: FeedItem[];
}
