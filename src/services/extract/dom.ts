import { parseHTML } from 'linkedom';

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

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  getElementsByTagName(tag: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

export interface DomDocument {
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
 * page is parsed again inside a skeleton.
 */
export function parseDocument(html: string): DomDocument {
  const document = parseHTML(html).document as DomDocument;
  if (document.documentElement?.localName === 'html') return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as DomDocument;
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
