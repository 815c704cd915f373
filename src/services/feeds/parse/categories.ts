import { oneLine } from './text.js';
import { resolveUrl } from './urls.js';
import type { XmlElement } from './xml.js';
import { attribute, element, elements, textContent } from './xml-query.js';

/** At most this many categories are kept per item: a forum takes 5 tags, and feeds pad the list. */
const MAX_CATEGORIES = 20;

/** Distinct non-empty names, in feed order, as an item's `categories` (left out when there are none). */
export function distinctNames(names: (string | null | undefined)[]): { categories?: string[] } {
  const out = new Set<string>();
  for (const name of names) {
    const clean = oneLine(name ?? '');
    if (clean) out.add(clean);
  }
  return out.size ? { categories: [...out].slice(0, MAX_CATEGORIES) } : {};
}

/** RSS `<category>` text or Atom `<category term>` (label when there is no term). */
export function xmlCategories(item: XmlElement, namespaces: readonly string[]): { categories?: string[] } {
  return distinctNames(
    elements(item, namespaces, 'category').map(
      (el) => attribute(el, 'term') ?? attribute(el, 'label') ?? textContent(el),
    ),
  );
}

/** The feed's own picture: RSS `<image><url>`, else Atom `<icon>`, else `<logo>`, resolved. */
export function xmlFeedImage(channel: XmlElement, rssFamily: readonly string[], atomFamily: readonly string[]) {
  const image = element(channel, rssFamily, 'image');
  const url = image && element(image, rssFamily, 'url');
  const candidate = url ?? element(channel, atomFamily, 'icon') ?? element(channel, atomFamily, 'logo');
  return candidate ? resolveUrl(textContent(candidate).trim() || null, candidate.base) : null;
}
