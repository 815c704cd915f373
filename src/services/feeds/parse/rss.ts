import { alternateLink, atomAuthor } from './atom.js';
import { xmlCategories, xmlFeedImage } from './categories.js';
import { parseFeedDate } from './dates.js';
import type { FeedDraft, ItemDraft } from './identity.js';
import { ATOM_FAMILY, DUBLIN_CORE, NS, RSS_FAMILY } from './namespaces.js';
import { personName } from './people.js';
import { htmlToText, oneLine } from './text.js';
import { isAbsoluteHttpUrl, resolveUrl } from './urls.js';
import { atomText, type Finder, firstValue, looseText } from './values.js';
import type { XmlElement } from './xml.js';
import { attribute, element, elements, innerMarkup, textContent } from './xml-query.js';

/**
 * RSS 0.9x, 1.0 (RDF) and 2.0 mapped to one shape, with the fallbacks feeds rely on: Dublin Core
 * (`dc:title`, `dc:creator`, `dc:date`, `dc:description`), `content:encoded` and XHTML bodies over
 * the description, Atom elements inside RSS, and a permalink guid as the link when there is none.
 */

const rss = (name: string): Finder => [RSS_FAMILY, name];
const dc = (name: string): Finder => [DUBLIN_CORE, name];
const atom = (name: string): Finder => [ATOM_FAMILY, name];
const ns = (namespace: string, name: string): Finder => [[namespace], name];

const dateOf = (el: XmlElement): string | null => parseFeedDate(textContent(el));
const nameOf = (el: XmlElement): string | null => personName(textContent(el));
const titleOf = (el: XmlElement): string => oneLine(ATOM_FAMILY.includes(el.ns) ? atomText(el) : looseText(el));
/** `<link>` text (or, in sloppy feeds, an `href`), resolved against the element's base. */
const linkOf = (el: XmlElement): string | null =>
  resolveUrl(textContent(el).trim() || attribute(el, 'href') || null, el.base);

// Publication first, then creation, then modification (the update date only as a last resort).
const DATES = [
  rss('pubDate'),
  dc('date'),
  dc('issued'),
  dc('created'),
  atom('published'),
  atom('issued'),
  atom('created'),
  dc('modified'),
  atom('updated'),
  atom('modified'),
];

/** RSS 2.0 §guid: a guid is a permalink unless isPermaLink="false"; only a URL can be a link. */
function guidLink(item: XmlElement): string | null {
  const guid = element(item, RSS_FAMILY, 'guid');
  if (!guid || attribute(guid, 'isPermaLink')?.trim().toLowerCase() === 'false') return null;
  const value = textContent(guid).trim();
  return isAbsoluteHttpUrl(value) ? resolveUrl(value, guid.base) : null;
}

function summaryOf(item: XmlElement): string {
  return (
    // `fullitem` is the full-content element of early RSS 0.9x publishing tools.
    firstValue(item, [ns(NS.content, 'encoded'), rss('fullitem')], looseText) ??
    firstValue(item, [ns(NS.xhtml, 'body'), ns(NS.xhtml, 'div')], (el) => htmlToText(innerMarkup(el))) ??
    firstValue(item, [atom('content')], (el) => (attribute(el, 'src') === undefined ? atomText(el) : null)) ??
    firstValue(item, [rss('description'), dc('description')], looseText) ??
    firstValue(item, [atom('summary')], atomText) ??
    firstValue(item, [ns(NS.itunes, 'summary'), ns(NS.media, 'description')], looseText) ??
    ''
  );
}

function mapItem(item: XmlElement, channelAuthor: string | null): ItemDraft {
  const about = attribute(item, 'about');
  return {
    guid: firstValue(item, [rss('guid'), atom('id'), dc('identifier')], (el) => textContent(el).trim()),
    title:
      firstValue(
        item,
        [rss('title'), dc('title'), atom('title'), ns(NS.itunes, 'title'), ns(NS.media, 'title')],
        titleOf,
      ) ?? '',
    link:
      firstValue(item, [rss('link')], linkOf) ??
      alternateLink(item, ATOM_FAMILY) ??
      guidLink(item) ??
      (about && isAbsoluteHttpUrl(about) ? resolveUrl(about, item.base) : null),
    published: firstValue(item, DATES, dateOf),
    summary: summaryOf(item),
    author:
      firstValue(item, [rss('author'), dc('creator'), dc('author'), ns(NS.itunes, 'author')], nameOf) ??
      atomAuthor(item, ATOM_FAMILY) ??
      channelAuthor,
    ...xmlCategories(item, [...RSS_FAMILY, ...ATOM_FAMILY, ...DUBLIN_CORE]),
  };
}

/** Map an `<rss>` or `<rdf:RDF>` document. Items may sit in the channel (RSS) or beside it (RDF, RSS 0.90). */
export function mapRss(root: XmlElement): FeedDraft {
  const channel = element(root, RSS_FAMILY, 'channel') ?? root;
  const items = [
    ...elements(channel, RSS_FAMILY, 'item'),
    ...(channel === root ? [] : elements(root, RSS_FAMILY, 'item')),
  ];
  const channelAuthor =
    firstValue(channel, [dc('creator'), ns(NS.itunes, 'author')], nameOf) ?? atomAuthor(channel, ATOM_FAMILY);
  return {
    title: firstValue(channel, [rss('title'), dc('title'), atom('title')], titleOf) ?? '',
    link: firstValue(channel, [rss('link')], linkOf) ?? alternateLink(channel, ATOM_FAMILY),
    image: xmlFeedImage(channel, RSS_FAMILY, ATOM_FAMILY),
    items: items.map((item) => mapItem(item, channelAuthor)),
  };
}
