import type { DomElement } from './dom.js';

/** One JSON-LD node, as parsed. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types that describe the page's article (https://schema.org/Article and subtypes). */
const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage|ItemPage)$/;

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    into.push(node);
    if (node['@graph']) collect(node['@graph'], into);
  }
}

/** Every top-level JSON-LD node in these scripts (arrays and `@graph` flattened); bad JSON is skipped. */
export function jsonLdNodes(scripts: readonly DomElement[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Hand-written JSON-LD is often invalid (trailing commas, raw newlines); the page still reads.
    }
  }
  return nodes;
}

function types(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

/** The node that describes the article: an Article subtype first, a WebPage last. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  const described = nodes.filter((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  return described.find((node) => !types(node).some((type) => /Page$/.test(type))) ?? described[0] ?? null;
}

/** A string from a JSON-LD value that may be a string, an array, or an object with `name`/`url`. */
export function jsonLdText(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = jsonLdText(item, key);
      if (text) return text;
    }
    return null;
  }
  if (value && typeof value === 'object') return jsonLdText((value as JsonLdNode)[key], key);
  return null;
}

/** Every name in a JSON-LD value that may list several people (`author: [{name}, {name}]`). */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => jsonLdText(item)).filter((name): name is string => name !== null);
}
