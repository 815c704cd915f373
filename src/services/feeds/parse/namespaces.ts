/** Namespace URIs the feed mappers look for. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rss10: 'http://purl.org/rss/1.0/',
  /** RSS 2.0 put in a namespace by UserLand (Simon Fell's namespace tests). */
  rssUserland: 'http://backend.userland.com/rss2',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  /** Dublin Core 1.0, which early RSS 0.9x/1.0 feeds declare. */
  dc10: 'http://purl.org/dc/elements/1.0/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** Elements of plain RSS: no namespace, or one of the namespaces RSS versions have used. */
export const RSS_FAMILY = ['', NS.rss090, NS.rss10, NS.rssUserland];
export const ATOM_FAMILY: string[] = [NS.atom, NS.atom03];
export const DUBLIN_CORE = [NS.dc, NS.dc10, NS.dcterms];

/**
 * Namespaces for prefixes a feed uses without declaring them (common in hand-made feeds: `dc:creator`
 * with no `xmlns:dc`). A declared prefix always wins.
 */
export const CONVENTIONAL_PREFIXES: Record<string, string> = {
  xml: NS.xml,
  atom: NS.atom,
  rdf: NS.rdf,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  itunes: NS.itunes,
  media: NS.media,
  xhtml: NS.xhtml,
};

const KNOWN = new Map(Object.values(NS).map((uri) => [uri.toLowerCase().replace(/\/$/, ''), uri]));

/**
 * A known namespace however its case or trailing slash was written (Apple documents
 * `http://www.itunes.com/DTDs/Podcast-1.0.dtd`, feeds copy both spellings); other URIs as given.
 */
export function canonicalNamespace(uri: string): string {
  return KNOWN.get(uri.toLowerCase().replace(/\/$/, '')) ?? uri;
}
