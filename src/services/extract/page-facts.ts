import type { DomDocument } from './dom.js';
import { ElementIndex } from './element-index.js';
import { jsonLdNodes, type JsonLdNode } from './json-ld.js';
import { readMetaTags, type MetaTags } from './meta-tags.js';
import { absoluteHttpUrl } from './urls.js';

/** Everything the metadata and link readers look at, gathered once per page. */
export interface PageFacts {
  document: DomDocument;
  pageUrl: string;
  /** What relative links resolve against: `<base href>` (HTML §4.2.3), else the page URL. */
  baseUrl: string;
  index: ElementIndex;
  meta: MetaTags;
  jsonLd: JsonLdNode[];
}

/** Index the page and read its `<meta>` tags and JSON-LD blocks. */
export function gatherFacts(document: DomDocument, pageUrl: string): PageFacts {
  const index = new ElementIndex(document);
  const baseUrl = absoluteHttpUrl(index.first('base')?.getAttribute('href'), pageUrl) ?? pageUrl;
  return { document, pageUrl, baseUrl, index, meta: readMetaTags(index.all('meta')), jsonLd: jsonLdNodes(index.all('script')) };
}
