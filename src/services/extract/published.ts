import { toIsoDate } from './dates.js';
import { type JsonLdNode, jsonLdText } from './json-ld.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';

/** Meta tags that carry the publication date, most specific first (OpenGraph, Dublin Core, CMS tags). */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
];

/** When the article was published (ISO 8601): JSON-LD, then meta tags, then a `<time datetime>`. */
export function readPublishedAt({ index, meta }: PageFacts, article: JsonLdNode | null): string | null {
  const fromData = toIsoDate(jsonLdText(article?.['datePublished'])) ?? toIsoDate(firstMeta(meta, ...DATE_META));
  if (fromData) return fromData;
  const times = index.all('time');
  const marked = times.find(
    (time) => time.getAttribute('itemprop') === 'datePublished' || time.hasAttribute('pubdate'),
  );
  for (const time of marked ? [marked, ...times] : times) {
    const date = toIsoDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}
