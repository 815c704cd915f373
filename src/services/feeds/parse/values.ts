import { htmlToText, maybeHtmlToText, tidyText } from './text.js';
import type { XmlElement } from './xml.js';
import { attribute, hasElementChildren, innerMarkup, textContent } from './xml-query.js';

/**
 * The text of an RSS element (title, description, content:encoded), which may be plain or HTML,
 * escaped, in CDATA, or (against the spec, but common) written inline as elements.
 */
export function looseText(el: XmlElement): string {
  if (hasElementChildren(el)) return htmlToText(innerMarkup(el, false));
  return maybeHtmlToText(textContent(el));
}

function decodeBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/**
 * The text of an Atom text or content construct (RFC 4287 §3.1, §4.1.3; Atom 0.3's MIME `type`
 * and `mode`): `text` is taken as written, `html` is decoded as HTML, `xhtml` is the inline markup.
 */
export function atomText(el: XmlElement): string {
  const type = (attribute(el, 'type') ?? '').trim().toLowerCase();
  const mode = (attribute(el, 'mode') ?? '').trim().toLowerCase();
  if (mode === 'base64') {
    const decoded = decodeBase64(textContent(el));
    return type.includes('html') ? htmlToText(decoded) : tidyText(decoded);
  }
  // HTML written as elements (Typepad wraps escaped HTML in a div) is still HTML source.
  if (type === 'html' || type === 'text/html' || (mode === 'escaped' && type.includes('html')))
    return htmlToText(innerMarkup(el, false));
  if (type.includes('xhtml') || (hasElementChildren(el) && type !== 'text')) return htmlToText(innerMarkup(el));
  return tidyText(textContent(el));
}

/** Where to look for a value: an element name in any of some namespaces. */
export type Finder = readonly [namespaces: readonly string[], name: string];

/** The first non-empty value read from the elements the finders name, tried in order (names match case-insensitively, as feed readers do). */
export function firstValue<T>(
  parent: XmlElement,
  finders: readonly Finder[],
  read: (el: XmlElement) => T | null | undefined,
): T | null {
  for (const [namespaces, name] of finders) {
    const wanted = name.toLowerCase();
    for (const el of parent.children) {
      if (typeof el === 'string' || el.name.toLowerCase() !== wanted || !namespaces.includes(el.ns)) continue;
      const value = read(el);
      if (value !== null && value !== undefined && value !== '') return value;
    }
  }
  return null;
}
