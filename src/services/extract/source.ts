import type { SourceLink } from '../article.js';
import { hostOf } from '../urls.js';
import { cleanText, type DomElement } from './dom.js';
import { articleNode, type JsonLdNode, jsonLdText } from './json-ld.js';
import { isSocialLink } from './link-filter.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';
import { absoluteHttpUrl } from './urls.js';

/**
 * Where an aggregated or rewritten story comes from. In order: JSON-LD `isBasedOn` / `citation`
 * (schema.org CreativeWork), the `original-source` / `syndication-source` meta tags (Google News),
 * then a link the page labels as its source ("Original:", "Source:", "Via", "View original").
 */

/** Text just before a link that labels it as the source. */
const SOURCE_LABEL =
  /(?:^|[\s([|•·])(?:original|source|sources|via|출처|원문|原文|出典|出处|来源|ソース|quelle|fuente|fonte|источник)\s*[:：]?\s*$/i;

/** Link text that points at the original itself. */
const VIEW_ORIGINAL =
  /^(?:view|read|see|go to)(?: the)? original(?: (?:article|story|post|report))?\W*$|^original (?:article|story|post|report)\W*$|^원문\s*보기|^原文を(?:見る|読む)|^查看原文|^阅读原文/i;

/** A source name is short ("GeekWire", "The Verge"); longer link text is the story's headline. */
const MAX_NAME_WORDS = 4;

function fromJsonLd(facts: PageFacts): SourceLink | null {
  const article = articleNode(facts.jsonLd);
  if (!article) return null;
  for (const key of ['isBasedOn', 'isBasedOnUrl', 'citation']) {
    const value = article[key];
    const first = (Array.isArray(value) ? value[0] : value) as unknown;
    const url = absoluteHttpUrl(jsonLdText(first, 'url'), facts.baseUrl);
    if (!url) continue;
    const publisher = first && typeof first === 'object' ? jsonLdText((first as JsonLdNode)['publisher']) : null;
    return { name: publisher ?? hostOf(url), url };
  }
  return null;
}

/** How far back a label may start: "Original:" and "Source:" sit right before their link. */
const LABEL_CHARS = 40;

/** The text right before `anchor` among its siblings (the label, if any). */
function textBefore(anchor: DomElement): string {
  let text = '';
  for (let node = anchor.previousSibling; node && text.length < LABEL_CHARS; node = node.previousSibling) {
    text = (node.textContent ?? '') + text;
  }
  return text.slice(-LABEL_CHARS);
}

function linkName(anchor: DomElement, url: string): string {
  const text = cleanText(anchor);
  const words = text.split(' ').length;
  if (text && words <= MAX_NAME_WORDS && !VIEW_ORIGINAL.test(text) && !/^(?:https?:|www\.)/i.test(text)) return text;
  return hostOf(url);
}

function fromLabeledLink({ index, pageUrl, baseUrl }: PageFacts, canonical: string): SourceLink | null {
  const ownHosts = new Set([hostOf(pageUrl), hostOf(canonical)]);
  for (const anchor of index.all('a')) {
    if (!VIEW_ORIGINAL.test(cleanText(anchor)) && !SOURCE_LABEL.test(textBefore(anchor))) continue;
    const url = absoluteHttpUrl(anchor.getAttribute('href'), baseUrl);
    if (!url || ownHosts.has(hostOf(url)) || isSocialLink(url)) continue;
    // "Source: Statista" under a chart credits the picture, not the story.
    if (anchor.closest('figure, figcaption, table')) continue;
    return { name: linkName(anchor, url), url };
  }
  return null;
}

/** The story's original source, when the page says it has one on another site. */
export function readSource(facts: PageFacts): SourceLink | null {
  const fromData = fromJsonLd(facts);
  if (fromData) return fromData;
  const meta = absoluteHttpUrl(firstMeta(facts.meta, 'original-source', 'syndication-source'), facts.baseUrl);
  if (meta) return { name: hostOf(meta), url: meta };
  const labeled = fromLabeledLink(facts, facts.canonical);
  if (labeled) return labeled;
  // A syndicated copy names the original publisher's page as its canonical (Google's advice to syndicators).
  const declared = facts.declaredUrl;
  return declared && declared !== facts.canonical ? { name: hostOf(declared), url: declared } : null;
}
