import { parseHTML } from 'linkedom';
import { boundedHtml } from './bounded-html.js';
import { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './bounds.js';
import type { DomDocument, DomElement, DomNode } from './dom-types.js';
import { moveStrayContentIntoBody, unwrapNestedRoots } from './stray-content.js';

// The DOM types live in a module of their own so the DOM helpers this file calls can use them too.
export type { DomDocument, DomElement, DomNode, DomParent } from './dom-types.js';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parse an HTML string into a (linkedom) document. HTML lets a page leave out `<html>`, `<head>`
 * and `<body>`; browsers add them, linkedom does not (its root would be the first tag), so such a
 * page is parsed again inside a skeleton; content outside head and body is moved into the body,
 * and html/head/body tags inside it are unwrapped, as a browser would (stray-content.ts). Only the markup within `bounds` is parsed (bounds.ts).
 */
export function parseDocument(page: string, bounds: ExtractBounds = DEFAULT_EXTRACT_BOUNDS): DomDocument {
  const html = boundedHtml(page, bounds);
  const document = parseHTML(html).document as DomDocument;
  if (document.documentElement?.localName === 'html') {
    moveStrayContentIntoBody(document);
    return document;
  }
  const wrapped = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as DomDocument;
  moveStrayContentIntoBody(wrapped);
  unwrapNestedRoots(wrapped);
  return wrapped;
}

/** An element's text with runs of white space collapsed to one space. */
export function cleanText(node: DomNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a space-separated attribute (`rel`, `class`) holds `token`, ignoring case. */
export function hasToken(element: DomElement, attribute: string, token: string): boolean {
  const value = element.getAttribute(attribute);
  return value !== null && value.toLowerCase().split(/\s+/).includes(token);
}
