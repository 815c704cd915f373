/** A link with a human label, as shown on a card. */
export interface Link {
  title: string;
  url: string;
}

/** Where an aggregated story really comes from ("Original: GeekWire"). */
export interface SourceLink {
  name: string;
  url: string;
}

/** Another language version of the same page (from hreflang). */
export interface Alternate {
  lang: string;
  url: string;
}

/** What the extractor reads off one HTML page. Everything but `url`, `title` and `text` may be missing. */
export interface ExtractedArticle {
  /** The page's canonical URL when it names one, else the URL it was fetched from. */
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601. */
  publishedAt: string | null;
  section: string | null;
  /** BCP 47 language tag, e.g. "en", "ko". */
  lang: string | null;
  image: string | null;
  readingMinutes: number;
  /** The article body as plain text, paragraphs separated by a blank line. */
  text: string;
  source: SourceLink | null;
  related: Link[];
  alternates: Alternate[];
}

/** An extracted article with its summary: what the bot posts and caches. */
export interface Article extends ExtractedArticle {
  summary: string[];
  /** Articles from our own cache that are close in content; kept apart from the page's own `related`. */
  similar: Link[];
  /** The URL the user gave, after canonicalizing. */
  requestedUrl: string;
  fetchedAt: string;
}
