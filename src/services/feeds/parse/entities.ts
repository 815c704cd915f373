import { decodeHTMLStrict } from 'entities';
import { FailureError } from '../../errors.js';

/**
 * Entities in feeds, handled before and after the XML parser so it never expands any itself:
 * internal DTD entities (`<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]>`) are read, expanded
 * within a budget and substituted, and the DOCTYPE is removed (external ones are never fetched);
 * references left in text afterwards are decoded once with the HTML5 table, since feeds use
 * `&aacute;` and friends without declaring them (the old Netscape RSS 0.91 DTD did).
 */

/** At most this many declarations are read; a feed needs a handful. */
const MAX_DECLARATIONS = 256;
/** One entity's expanded text may be at most this long. */
const MAX_ENTITY_CHARS = 64 * 1024;
/** All substitutions together may add at most this many characters (billion laughs, quadratic blow-up). */
const MAX_TOTAL_EXPANSION = 1024 * 1024;
/** Entities may refer to entities this deep. */
const MAX_DEPTH = 8;

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const REFERENCE = /&([A-Za-z_][\w.-]*);/g;

function tooBig(): FailureError {
  return new FailureError('feed-parse', 'feed declares entities that expand beyond the allowed size');
}

/** Where the DOCTYPE ends, skipping its internal subset and quoted strings (which may hold `>`). */
function doctypeEnd(text: string, start: number): number {
  let quote = '';
  let inSubset = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (inSubset && ch === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) return text.length;
      i = close + 2;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') inSubset = true;
    else if (ch === ']') inSubset = false;
    else if (ch === '>' && !inSubset) return i + 1;
  }
  return text.length;
}

/** General entities with a literal value; parameter (`%`) and external (SYSTEM/PUBLIC) ones are ignored. */
function readDeclarations(doctype: string): Map<string, string> {
  const declared = new Map<string, string>();
  const declaration = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
  for (const match of doctype.matchAll(declaration)) {
    if (declared.size >= MAX_DECLARATIONS) break;
    const [, name = '', double, single] = match;
    if (!PREDEFINED.has(name) && !declared.has(name)) declared.set(name, double ?? single ?? '');
  }
  return declared;
}

/** Expand one entity's value, memoised, within the depth and size limits. */
function expander(declared: Map<string, string>): (name: string) => string | undefined {
  const expanded = new Map<string, string>();
  const expand = (name: string, depth: number): string | undefined => {
    const cached = expanded.get(name);
    if (cached !== undefined) return cached;
    const raw = declared.get(name);
    if (raw === undefined) return undefined;
    if (depth > MAX_DEPTH) throw tooBig();
    let length = 0;
    const value = raw.replace(REFERENCE, (whole, inner: string) => {
      const part = expand(inner, depth + 1) ?? whole;
      length += part.length;
      if (length > MAX_ENTITY_CHARS) throw tooBig();
      return part;
    });
    if (value.length > MAX_ENTITY_CHARS) throw tooBig();
    expanded.set(name, value);
    return value;
  };
  return (name) => expand(name, 0);
}

/** Replace references outside CDATA sections and comments, counting what they add. */
function substitute(body: string, expand: (name: string) => string | undefined): string {
  let added = 0;
  return body
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, name: string) => {
            const value = expand(name);
            if (value === undefined) return whole;
            added += value.length;
            if (added > MAX_TOTAL_EXPANSION) throw tooBig();
            return value;
          }),
    )
    .join('');
}

/**
 * Expand the internal DTD's entities into the document and drop the DOCTYPE, so the XML parser sees
 * no DTD at all. Throws FailureError('feed-parse') when the expansion would exceed the budget.
 */
export function expandInternalEntities(xml: string): string {
  const start = xml.search(/<!DOCTYPE\b/i);
  // A DOCTYPE only counts before the root element.
  if (start === -1 || /<[A-Za-z_]/.test(xml.slice(0, start).replace(/<!--[\s\S]*?-->/g, ''))) return xml;
  const end = doctypeEnd(xml, start);
  const declared = readDeclarations(xml.slice(start, end));
  const body = xml.slice(end);
  const withoutDoctype = xml.slice(0, start) + (declared.size > 0 ? substitute(body, expander(declared)) : body);
  return withoutDoctype;
}

/** Decode character and entity references once (XML's five, numeric, and HTML5 named with `;`). */
export function decodeReferences(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
