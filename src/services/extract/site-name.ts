import { hostOf } from '../urls.js';
import { cleanText } from './dom.js';
import { type JsonLdNode, jsonLdText } from './json-ld.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';

/**
 * The site's name as it writes it: og:site_name, the JSON-LD publisher, application-name, the
 * WebSite node, else the name segment of `<title>` ("Story | The Detroit News"). A slug
 * ("detroitnews": the host's own label, lower-case, no spaces) or a CMS placeholder ("Hosted",
 * "Home") is not a name; an address is shown as its host.
 */

/** Words CMSs leave in the site-name slot. */
const PLACEHOLDER = /^(?:hosted|home|homepage|index|default|untitled|wordpress|null|undefined)$/i;

/** Separators between a title's headline and the site's name. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—·•»:]|::|\/)\s+/;

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The host's main label: "www.detroitnews.com" → "detroitnews". */
function hostLabel(url: string): string {
  const parts = hostOf(url).split('.');
  return parts.length > 1 ? parts[parts.length - 2]! : (parts[0] ?? '');
}

function isSlug(name: string, label: string): boolean {
  return !/\s/.test(name) && name === name.toLowerCase() && squash(name) === label && /\p{L}/u.test(name);
}

/** The end segment of `<title>` that spells the host ("The Detroit News" for detroitnews.com). */
function titleSiteName(facts: PageFacts, label: string): string | null {
  const parts = cleanText(facts.index.first('title')).split(TITLE_SEPARATOR);
  if (parts.length < 2 || !label) return null;
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    const key = squash(part);
    if (key.length >= 3 && (key.includes(label) || label.includes(key))) return part.trim();
  }
  return null;
}

/** The site's name, or null when the page gives none that is a name. */
export function readSiteName(facts: PageFacts, article: JsonLdNode | null): string | null {
  const { meta, jsonLd } = facts;
  const website = jsonLd.find((node) => node['@type'] === 'WebSite');
  const label = hostLabel(facts.canonical);
  const declared = [
    firstMeta(meta, 'og:site_name'),
    jsonLdText(article?.['publisher']),
    firstMeta(meta, 'application-name', 'apple-mobile-web-app-title'),
    jsonLdText(website?.['name']),
  ];
  for (const raw of declared) {
    const name = raw?.trim();
    if (!name || PLACEHOLDER.test(name)) continue;
    // Some sites put their address in og:site_name.
    if (/^https?:\/\//i.test(name)) return hostOf(name);
    if (!isSlug(name, label)) return name;
  }
  return titleSiteName(facts, label);
}
