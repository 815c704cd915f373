import type { ExtractedArticle } from '../article.js';
import { readByline } from './byline.js';
import { cleanText, hasToken } from './dom.js';
import { articleNode, type JsonLdNode, jsonLdText } from './json-ld.js';
import { readLang } from './language.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';
import { readPublishedAt } from './published.js';
import { readSiteName } from './site-name.js';
import { hostNames, stripSiteName } from './title.js';
import { absoluteHttpUrl } from './urls.js';

/** What the page says about itself, outside the body text. */
export type PageMetadata = Pick<
  ExtractedArticle,
  'url' | 'title' | 'siteName' | 'byline' | 'publishedAt' | 'section' | 'lang' | 'image'
>;

/** Pages put logos in h1 too; the headline is among the first few. */
const MAX_HEADINGS = 5;

/** og:title, the JSON-LD headline, `<title>` or the h1, without the site's name. */
function title(
  { index, meta, pageUrl }: PageFacts,
  article: JsonLdNode | null,
  site: string | null,
  url: string,
): string {
  const headings = index
    .all('h1')
    .slice(0, MAX_HEADINGS)
    .map((h1) => cleanText(h1))
    .filter((text) => text.length > 0);
  const raw =
    firstMeta(meta, 'og:title', 'twitter:title') ??
    jsonLdText(article?.['headline']) ??
    (cleanText(index.first('title')) || headings[0] || '');
  const names = [site, jsonLdText(article?.['publisher']), ...hostNames(url), ...hostNames(pageUrl)];
  return stripSiteName(
    raw,
    names.filter((name): name is string => !!name),
    headings,
  );
}

/** article:section (OpenGraph), CMS tags, JSON-LD articleSection, then a rel=category link (WordPress). */
function section({ index, meta }: PageFacts, article: JsonLdNode | null): string | null {
  const fromData =
    firstMeta(meta, 'article:section', 'articlesection', 'section', 'parsely-section', 'category') ??
    jsonLdText(article?.['articleSection']);
  return fromData ?? (cleanText(index.all('a').find((anchor) => hasToken(anchor, 'rel', 'category'))) || null);
}

/** og:image, twitter:image, JSON-LD image, else the first picture in the article. */
function image({ document, meta, baseUrl }: PageFacts, article: JsonLdNode | null): string | null {
  const declared =
    firstMeta(meta, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ??
    jsonLdText(article?.['image'], 'url');
  const resolved = absoluteHttpUrl(declared, baseUrl);
  if (resolved) return resolved;
  return absoluteHttpUrl(document.querySelector('article img[src], main img[src]')?.getAttribute('src'), baseUrl);
}

/** Read title, site, byline, date, section, language, image and canonical URL from the page; `now` is the fetch time. */
export function readMetadata(facts: PageFacts, now: Date = new Date()): PageMetadata {
  const article = articleNode(facts.jsonLd);
  const url = facts.canonical;
  const site = readSiteName(facts, article);
  const lang = readLang(facts, article);
  return {
    url,
    title: title(facts, article, site, url),
    siteName: site,
    byline: readByline(facts, article),
    publishedAt: readPublishedAt(facts, article, lang, now),
    section: section(facts, article),
    lang,
    image: image(facts, article),
  };
}
