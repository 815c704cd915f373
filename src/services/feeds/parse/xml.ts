import { XMLParser } from 'fast-xml-parser';
import { decodeReferences, expandInternalEntities } from './entities.js';
import { CONVENTIONAL_PREFIXES, canonicalNamespace, NS } from './namespaces.js';
import { resolveUrl } from './urls.js';

/**
 * The XML layer: fast-xml-parser tokenizes; this module turns its ordered output into a small tree
 * with namespaces resolved (XML Namespaces 1.0), `xml:base` resolved against the feed URL at each
 * element (XML Base), and text decoded once. fast-xml-parser is told to expand no entities
 * itself: internal DTD entities are expanded within a budget beforehand (entities.ts).
 */

export interface XmlElement {
  /** Namespace URI, '' when none. */
  ns: string;
  /** Local name, without the prefix. */
  name: string;
  /** Attributes by qualified name as written (`href`, `xml:base`, `rdf:about`), values decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The base URL in effect for this element's content and attributes. */
  base: string;
}
/** An element, or a run of text (decoded; CDATA taken as is). */
export type XmlNode = XmlElement | string;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities are ours to decode (see module comment); values stay strings, whitespace kept for mixed content.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function parseOrdered(xml: string): OrderedNode[] {
  try {
    return parser.parse(xml) as OrderedNode[];
  } catch (error) {
    // A truncated end (`</rss` with no `>`) is the one breakage worth a second try: cut to the last tag.
    const lastClose = xml.lastIndexOf('>');
    if (lastClose > 0 && lastClose < xml.trimEnd().length - 1)
      return parser.parse(xml.slice(0, lastClose + 1)) as OrderedNode[];
    throw error;
  }
}

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function buildElement(
  qualified: string,
  node: OrderedNode,
  scope: Record<string, string>,
  parentBase: string,
): XmlElement {
  const rawAttrs = node[':@'] ?? {};
  const attrs: Record<string, string> = {};
  let ownScope = scope;
  for (const [key, value] of Object.entries(rawAttrs)) {
    const decoded = decodeReferences(String(value));
    attrs[key] = decoded;
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (ownScope === scope) ownScope = { ...scope };
      ownScope[key === 'xmlns' ? '' : key.slice(6)] = decoded.trim();
    }
  }
  const colon = qualified.indexOf(':');
  const prefix = colon === -1 ? '' : qualified.slice(0, colon);
  const name = colon === -1 ? qualified : qualified.slice(colon + 1);
  const declared =
    prefix === '' ? (ownScope[''] ?? '') : (ownScope[prefix] ?? CONVENTIONAL_PREFIXES[prefix.toLowerCase()]);
  const ns = declared === undefined ? `urn:undeclared-prefix:${prefix}` : canonicalNamespace(declared);
  const base = attrs['xml:base'] !== undefined ? (resolveUrl(attrs['xml:base'], parentBase) ?? parentBase) : parentBase;
  const element: XmlElement = { ns, name, attrs, children: [], base };
  element.children = buildChildren((node[qualified] as OrderedNode[]) ?? [], ownScope, base);
  return element;
}

function buildChildren(nodes: OrderedNode[], scope: Record<string, string>, base: string): XmlNode[] {
  const children: XmlNode[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '') continue;
    if (tag === '#text') children.push(decodeReferences(String(node[tag])));
    else if (tag === '#cdata')
      children.push(((node[tag] as OrderedNode[]) ?? []).map((part) => String(part['#text'] ?? '')).join(''));
    else children.push(buildElement(tag, node, scope, base));
  }
  return children;
}

/** Parse a feed's XML text into its root element, or null when there is no element at all. */
export function parseXml(xml: string, baseUrl: string): XmlElement | null {
  const nodes = parseOrdered(expandInternalEntities(xml));
  const root = buildChildren(nodes, { xml: NS.xml }, baseUrl).find(
    (node): node is XmlElement => typeof node !== 'string',
  );
  return root ?? null;
}
