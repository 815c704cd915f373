import { hostOf } from '../urls.js';
import { type DomDocument, hasToken } from './dom.js';
import { ElementIndex } from './element-index.js';
import { type JsonLdNode, jsonLdNodes } from './json-ld.js';
import { firstMeta, type MetaTags, readMetaTags } from './meta-tags.js';
import { absoluteHttpUrl } from './urls.js';

/** Everything the metadata and link readers look at, gathered once per page. */
export interface PageFacts {
  document: DomDocument;
  pageUrl: string;
  /**
   * What relative links resolve against: `<base href>` (HTML §4.2.3), else the page URL; for a
   * saved file (no http(s) page URL) the address the page names as its own.
   */
  baseUrl: string;
  /** The address the page names as its own (rel=canonical, og:url), absolute http(s), on any host. */
  declaredUrl: string | null;
  /**
   * The page's canonical URL as we trust it: the declared one when it is on the host we fetched
   * (www. aside) or when there is no fetched host (a saved file), else the page URL. A page may not
   * speak for another site's address: that would let it claim another site's card and cache entry.
   */
  canonical: string;
  index: ElementIndex;
  meta: MetaTags;
  jsonLd: JsonLdNode[];
}

/** Index the page and read its `<meta>` tags and JSON-LD blocks. */
export function gatherFacts(document: DomDocument, pageUrl: string): PageFacts {
  const index = new ElementIndex(document);
  const meta = readMetaTags(index.all('meta'));
  const fetched = /^https?:/i.test(pageUrl);
  const base = absoluteHttpUrl(index.first('base')?.getAttribute('href'), pageUrl);
  const linked = index
    .all('link')
    .find((element) => hasToken(element, 'rel', 'canonical'))
    ?.getAttribute('href');
  const declaredUrl =
    absoluteHttpUrl(linked, base ?? pageUrl) ?? absoluteHttpUrl(firstMeta(meta, 'og:url'), base ?? pageUrl);
  const baseUrl = base ?? (fetched ? pageUrl : (declaredUrl ?? pageUrl));
  const canonical = declaredUrl && (!fetched || hostOf(declaredUrl) === hostOf(pageUrl)) ? declaredUrl : pageUrl;
  return { document, pageUrl, baseUrl, declaredUrl, canonical, index, meta, jsonLd: jsonLdNodes(index.all('script')) };
}
