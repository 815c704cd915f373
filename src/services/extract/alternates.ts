import type { Alternate } from '../article.js';
import { hasToken } from './dom.js';
import type { PageFacts } from './page-facts.js';
import { absoluteHttpUrl, samePageKey } from './urls.js';

/**
 * Other language versions of the page from `<link rel="alternate" hreflang>` (Google's hreflang
 * convention), without `x-default`, the page's own language, or the page itself.
 */
export function readAlternates(
  { index, pageUrl, baseUrl }: PageFacts,
  canonical: string,
  lang: string | null,
): Alternate[] {
  const own = lang?.toLowerCase() ?? null;
  const self = new Set([samePageKey(pageUrl), samePageKey(canonical)]);
  const seen = new Set<string>();
  const alternates: Alternate[] = [];
  for (const link of index.all('link')) {
    const hreflang = link.getAttribute('hreflang')?.trim();
    if (!hreflang || !hasToken(link, 'rel', 'alternate')) continue;
    const key = hreflang.toLowerCase().replace(/_/g, '-');
    const url = absoluteHttpUrl(link.getAttribute('href'), baseUrl);
    if (!url || !key || key === 'x-default' || key === own || seen.has(key) || self.has(samePageKey(url))) continue;
    seen.add(key);
    alternates.push({ lang: hreflang.replace(/_/g, '-'), url });
  }
  return alternates;
}
