import { parseFeedDate } from '../feeds/parse/dates.js';
import { daysInText } from './date-text.js';
import { toIsoDate } from './dates.js';
import { cleanText } from './dom.js';
import { textAroundHeadline } from './headline-text.js';
import { type JsonLdNode, jsonLdText } from './json-ld.js';
import type { PageFacts } from './page-facts.js';

/**
 * When the article was first published, read the way htmldate does: structured data first
 * (JSON-LD, OpenGraph/article and CMS meta tags, microdata, `<time>`), then a date in the URL,
 * then a date written next to the headline. The original publication wins over an update, and
 * no date from before the web's news sites (1995) or after the fetch counts.
 */

/** Meta tags that carry the publication date, most specific first (OpenGraph, Dublin Core, CMS tags). */
const DATE_META = [
  'article:published_time',
  'article:published',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'publication_date',
  'publish_date',
  'publishdate',
  'publish-date',
  'published_time',
  'published-date',
  'pubdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.issued',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'original-publish-date',
  'datecreated',
  'published',
];

const EARLIEST = Date.UTC(1995, 0, 1);

/** A URL path that names its day: /2025/09/04/, /2025-09-04-, /20250904/. */
const URL_DAY = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/._-]|$)/;

/** Words that mark a date in the text as a revision, not the first publication. */
const UPDATE_WORDS =
  /(?:updated?|modified|edited|revised|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|обновлено|수정|更新)\W{0,3}(?:on|at|am|le|el|em|il)?\s*$/iu;

function* structuredDates({ index, meta, jsonLd }: PageFacts, article: JsonLdNode | null): Generator<string | null> {
  yield jsonLdText(article?.['datePublished']);
  yield jsonLdText(article?.['dateCreated']);
  for (const node of jsonLd) if (node !== article) yield jsonLdText(node['datePublished']);
  for (const key of DATE_META) yield meta.get(key) ?? null;
  for (const element of index.all('time')) {
    const marked = element.getAttribute('itemprop') === 'datePublished' || element.hasAttribute('pubdate');
    if (marked) yield element.getAttribute('datetime');
  }
}

/** Microdata outside `<time>` and `<meta>`: `<span itemprop="datePublished" content="…">`. */
function microdataDate(facts: PageFacts): string | null {
  for (const element of facts.document.querySelectorAll('[itemprop="datePublished"]')) {
    const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? cleanText(element);
    if (value) return value;
  }
  return null;
}

/** Each `<time>` not labelled as an update: its `datetime`, else its text ("Aug 04, 2025"). */
function* times(facts: PageFacts): Generator<string | null> {
  for (const element of facts.index.all('time')) {
    const before = element.previousSibling?.textContent ?? '';
    if (UPDATE_WORDS.test(before) || /updat|modif/i.test(element.getAttribute('class') ?? '')) continue;
    yield element.getAttribute('datetime');
    yield cleanText(element);
  }
}

/** Meta tags the list above does not name but that say "published" ("w-published-date", "date-pub"). */
function* otherPublishedMeta(facts: PageFacts): Generator<string | null> {
  for (const [key, value] of facts.meta)
    if (/publish|date-pub|pub-date/.test(key) && !/modif|updat|publisher/.test(key)) yield value;
}

function urlDay(url: string): string | null {
  const match = URL_DAY.exec(new URL(url, 'http://x.invalid/').pathname);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** A day written near the headline ("By Jane Doe · September 4, 2025"), an update's only when nothing else is. */
function dayNearTitle(facts: PageFacts, lang: string | null): string | null {
  const window = textAroundHeadline(facts);
  const days = daysInText(window, lang);
  const original = days.find((found) => !UPDATE_WORDS.test(window.slice(Math.max(0, found.index - 30), found.index)));
  return (original ?? days[0])?.day ?? null;
}

/**
 * The date as ISO 8601 when it is a real moment between 1995 and the fetch. The page's own offset
 * is kept (as the feed parser keeps a feed's), so the day is the day the page says, not UTC's.
 */
function plausible(value: string | null | undefined, now: Date): string | null {
  // "Dec 19th 2025": ordinals are how people write days, not part of a date grammar.
  const text = value?.replace(/(?<=\b\d{1,2})(?:st|nd|rd|th)\b/gi, '');
  const iso = parseFeedDate(text) ?? toIsoDate(text);
  if (!iso) return null;
  const time = Date.parse(iso);
  return time >= EARLIEST && time <= now.getTime() ? iso : null;
}

/** When the article was published (ISO 8601 UTC), or null. `now` is the fetch time. */
export function readPublishedAt(
  facts: PageFacts,
  article: JsonLdNode | null,
  lang: string | null = null,
  now: Date = new Date(),
): string | null {
  for (const value of structuredDates(facts, article)) {
    const iso = plausible(value, now);
    if (iso) return iso;
  }
  const later: (() => Iterable<string | null>)[] = [
    () => [microdataDate(facts)],
    () => otherPublishedMeta(facts),
    () => times(facts),
    () => [urlDay(facts.canonical), urlDay(facts.pageUrl)],
    () => [dayNearTitle(facts, lang)],
  ];
  for (const read of later) {
    for (const value of read()) {
      const iso = plausible(value, now);
      if (iso) return iso;
    }
  }
  return null;
}
