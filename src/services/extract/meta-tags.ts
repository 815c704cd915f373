import type { DomElement } from './dom.js';

/** `<meta>` values keyed by lower-case `property`, `name` or `itemprop` (first non-empty wins). */
export type MetaTags = ReadonlyMap<string, string>;

/** Read every `<meta>` tag once, so lookups do not each walk the document. */
export function readMetaTags(metas: readonly DomElement[]): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The first of `keys` that has a value. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}
