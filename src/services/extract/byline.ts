import { cleanAuthorName, isSiteName, looksLikeNames } from './author-name.js';
import { classWords } from './chrome-rules.js';
import { cleanText, type DomElement, hasToken } from './dom.js';
import { textAroundHeadline } from './headline-text.js';
import { type JsonLdNode, jsonLdText } from './json-ld.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';

/**
 * Who wrote the article: the article's JSON-LD authors (with `@id` references resolved, as Yoast
 * and Rank Math write them), the author meta tags, a byline element, then "By …" next to the
 * headline. Only the article node's author counts (a ClaimReview's itemReviewed.author is the
 * quoted party's). A person beats an organization or the site itself, which is used only when
 * nothing else names anyone. Several authors are kept, comma-separated.
 */

/** Class/id words of an element that holds the byline. */
const BYLINE_CLASS =
  /(?:^|[^a-z])(?:byline|by-line|author|authors|author-name|post-author|entry-author|writer|contributor)s?(?![a-z])/;

/** Elements whose class may say "author" but whose text is code (co-authors plugin styles). */
const NOT_TEXT = new Set(['style', 'script', 'noscript', 'template', 'link', 'meta']);

/** A byline element's text is short; longer text under an "author" class is a bio. */
const MAX_ELEMENT_CHARS = 120;

/** "By Jane Doe" in running text: up to four capitalised words after the label (glued "wellBy Jane": blocks join without a space). */
const BY_NAME =
  /(?:^|[^\p{L}]|(?<=\p{Ll})(?=By))(?:[Ww]ritten |[Pp]osted |[Tt]ext |[Ww]ords )?(?:[Bb]y|BY):?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|von|da|di|la|le|bin|al)){0,4})/u;

interface Named {
  name: string;
  person: boolean;
}

function types(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

/** The article's authors from JSON-LD, each resolved through `@id` to its full node when needed. */
function jsonLdAuthors(facts: PageFacts, article: JsonLdNode | null): Named[] {
  if (!article) return [];
  const byId = new Map<string, JsonLdNode>();
  for (const node of facts.jsonLd) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const value = article['author'] ?? article['creator'];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const named: Named[] = [];
  for (const item of list) {
    let node = item as unknown;
    if (node && typeof node === 'object' && !('name' in node) && typeof (node as JsonLdNode)['@id'] === 'string')
      node = byId.get((node as JsonLdNode)['@id'] as string) ?? node;
    const name = jsonLdText(node);
    if (!name) continue;
    const isOrganization =
      !!node && typeof node === 'object' && types(node as JsonLdNode).some((type) => /Organization$/.test(type));
    named.push({ name, person: !isOrganization });
  }
  return named;
}

function bylineElement(facts: PageFacts): string | null {
  const linked = facts.index.all('a').find((anchor) => hasToken(anchor, 'rel', 'author'));
  if (linked && cleanText(linked)) return cleanText(linked);
  const marked = facts.document.querySelector('[itemprop="author"]');
  if (marked) {
    const name = marked.querySelector('[itemprop="name"]');
    const text = name?.getAttribute('content') ?? cleanText(name ?? marked);
    if (text) return text;
  }
  for (const element of facts.document.querySelectorAll('[class], [id]')) {
    if (NOT_TEXT.has(element.localName) || !BYLINE_CLASS.test(classWords(element)) || insideChrome(element)) continue;
    const text = cleanText(element);
    if (text && text.length <= MAX_ELEMENT_CHARS && looksLikeNames(cleanAuthorName(text) ?? '')) return text;
  }
  return null;
}

/** Bylines in related-story lists and comment threads are other articles' authors. */
function insideChrome(element: DomElement): boolean {
  return element.closest('aside, nav, footer, [class*="related"], [class*="comment"]') !== null;
}

function byNearHeadline(facts: PageFacts): string | null {
  return BY_NAME.exec(textAroundHeadline(facts))?.[1] ?? null;
}

function siteNames(facts: PageFacts, article: JsonLdNode | null): string[] {
  const names = [
    firstMeta(facts.meta, 'og:site_name', 'application-name'),
    jsonLdText(article?.['publisher']),
    ...facts.jsonLd.filter((node) => types(node).includes('WebSite')).map((node) => jsonLdText(node['name'])),
  ];
  return names.filter((name): name is string => !!name);
}

/** The article's byline, or null. */
export function readByline(facts: PageFacts, article: JsonLdNode | null): string | null {
  const sites = siteNames(facts, article);
  const clean = (text: string | null) => cleanAuthorName(text, sites);
  const fromData = jsonLdAuthors(facts, article)
    // Structured names are names already: the site's own is kept here, as the last resort below.
    .map((author) => ({ ...author, name: cleanAuthorName(author.name) }))
    .filter((author): author is Named => author.name !== null);
  const people = fromData.filter((author) => author.person && !isSiteName(author.name, sites));
  if (people.length > 0) return [...new Set(people.map((author) => author.name))].join(', ');
  const candidates = [
    () =>
      clean(
        firstMeta(facts.meta, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'),
      ),
    () => clean(bylineElement(facts)),
    () => {
      const name = clean(byNearHeadline(facts));
      return name && looksLikeNames(name) ? name : null;
    },
  ];
  for (const read of candidates) {
    const name = read();
    if (name && !isSiteName(name, sites)) return name;
  }
  return fromData[0]?.name ?? null;
}
