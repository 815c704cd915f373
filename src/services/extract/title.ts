import { hostOf } from '../urls.js';

/**
 * Page titles carry the site's name ("Story | Site", "Site - Story", "Story — Section — Site").
 * We cut a segment only when it names the site (og:site_name, application-name, the publisher, the
 * host), or when the rest is exactly the page's `<h1>`: a dash inside a headline stays.
 */

// Separators sites put between headline and name, with the spaces around them.
const SEPARATOR = /\s+(?:[|\-–—·•»:]|::|\/)\s+/;

/** Letters and digits only, lower-case: "The Verge" and "theverge" compare equal. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesSite(segment: string, siteNames: string[]): boolean {
  const key = squash(segment);
  if (!key) return false;
  return siteNames.some((name) => {
    const site = squash(name);
    return site.length > 0 && (key === site || (key.length >= 4 && (site.startsWith(key) || key.startsWith(site))));
  });
}

/** A URL's host as a site might write its name: "https://www.nytimes.com/…" → "nytimes.com", "nytimes". */
export function hostNames(url: string): string[] {
  const bare = hostOf(url);
  return bare ? [bare, bare.split('.')[0]!] : [];
}

// What is left of a title around its headline: only a separator and the words it separates.
const AFTER_HEADLINE = /^\s*(?:[|\-–—·•»:]|::|\/)\s/;
const BEFORE_HEADLINE = /(?:(?:^|\s)(?:[|\-–—·•»]|::|\/)|:)\s*$/;

/** The heading the title is built around ("<h1> | Site", "Section: <h1>"), if one is. */
function headlineIn(title: string, headings: string[]): string | null {
  for (const heading of headings) {
    const h1 = heading.replace(/\s+/g, ' ').trim();
    if (h1.length === 0 || h1 === title || squash(h1).length === 0) continue;
    if (title.startsWith(h1) && AFTER_HEADLINE.test(title.slice(h1.length))) return h1;
    if (title.endsWith(h1) && BEFORE_HEADLINE.test(title.slice(0, -h1.length))) return h1;
  }
  return null;
}

/** Remove the site-name segments from the ends of a title. `headings` are the page's h1 texts. */
export function stripSiteName(title: string, siteNames: string[], headings: string[] = []): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  const headline = headlineIn(trimmed, headings);
  if (headline) return headline;
  let parts = trimmed.split(SEPARATOR);
  while (parts.length > 1 && namesSite(parts[parts.length - 1]!, siteNames)) parts = parts.slice(0, -1);
  while (parts.length > 1 && namesSite(parts[0]!, siteNames)) parts = parts.slice(1);
  if (parts.length === trimmed.split(SEPARATOR).length) return trimmed;
  // Re-join what is left with the separators the title used.
  return rejoin(trimmed, parts);
}

function rejoin(title: string, kept: string[]): string {
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const last = title.lastIndexOf(lastPart) + lastPart.length;
  return title.slice(first, last).trim();
}
