import { parseHTML } from 'linkedom';
import { boundedHtml } from './bounded-html.js';
import { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './bounds.js';
import { moveStrayContentIntoBody, unwrapNestedRoots } from './stray-content.js';

/**
 * The slice of the DOM the extractor uses. linkedom's own typings name browser types that this
 * project's `lib` (no "DOM") does not have, so they resolve to `any`; these keep our code checked.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  remove(): void;
}

export interface DomElement extends DomNode, DomParent {
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  getElementsByTagName(tag: string): ArrayLike<DomElement> & Iterable<DomElement>;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, child: DomNode | null): DomNode;
}

/** What can hold children: an element or the document itself. */
export interface DomParent {
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomDocument extends DomParent {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
}

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
