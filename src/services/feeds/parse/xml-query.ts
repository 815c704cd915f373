import type { XmlElement, XmlNode } from './xml.js';

/** Reading the tree that xml.ts builds: children by namespace and name, attributes, text, markup. */

/** Element children, optionally only those named `name` (case-insensitively) in one of `namespaces`. */
export function elements(parent: XmlElement, namespaces?: readonly string[], name?: string): XmlElement[] {
  const wanted = name?.toLowerCase();
  return parent.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' &&
      (wanted === undefined || child.name.toLowerCase() === wanted) &&
      (namespaces === undefined || namespaces.includes(child.ns)),
  );
}

/** The first child named `name` in one of `namespaces`. */
export function element(parent: XmlElement, namespaces: readonly string[], name: string): XmlElement | undefined {
  return elements(parent, namespaces, name)[0];
}

/** An attribute by local name, whatever prefix it was written with (`rel`, `l:rel`); unprefixed first. */
export function attribute(el: XmlElement, name: string): string | undefined {
  if (el.attrs[name] !== undefined) return el.attrs[name];
  const key = Object.keys(el.attrs).find(
    (qualified) => qualified.endsWith(`:${name}`) && !qualified.startsWith('xmlns:'),
  );
  return key === undefined ? undefined : el.attrs[key];
}

/** All text inside an element, markup dropped. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * The element's content written back as markup. XHTML (`escape`) keeps its text as text; HTML that a
 * feed wrote as elements by mistake (`escape: false`) keeps text as the HTML source it stands for.
 */
export function innerMarkup(el: XmlElement, escape = true): string {
  return el.children
    .map((child) => {
      if (typeof child === 'string') return escape ? escapeText(child) : child;
      const attrs = Object.entries(child.attrs)
        .filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))
        .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
        .join('');
      return `<${child.name}${attrs}>${innerMarkup(child, escape)}</${child.name}>`;
    })
    .join('');
}

/** Whether an element holds child elements (markup) rather than text only. */
export function hasElementChildren(el: XmlElement): boolean {
  return el.children.some((child) => typeof child !== 'string');
}
