import { cleanText, hasToken } from './dom.js';
import { type JsonLdNode, jsonLdNames } from './json-ld.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';

/** A byline is a few names; longer text under an "author" class is a bio. */
const MAX_BYLINE_CHARS = 100;

/** "By Jane Doe | May 1, 2024 Print" → "Jane Doe". */
function cleanByline(text: string | null): string | null {
  if (text === null) return null;
  // split() always returns at least one element.
  const name = (text.split(/\s[|•·]\s/)[0] ?? '').replace(/^by\s+/i, '').trim();
  return name && name.length <= MAX_BYLINE_CHARS && !/^https?:\/\//.test(name) ? name : null;
}

/** Who wrote it: JSON-LD authors, the author meta tags, then a rel=author link or byline element. */
export function readByline({ document, index, meta }: PageFacts, article: JsonLdNode | null): string | null {
  const authors = article ? jsonLdNames(article['author']) : [];
  if (authors.length > 0) return cleanByline(authors.join(', '));
  const named = cleanByline(
    firstMeta(meta, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'),
  );
  if (named) return named;
  const element =
    index.all('a').find((anchor) => hasToken(anchor, 'rel', 'author')) ??
    document.querySelector('[itemprop="author"], .byline, .author');
  return cleanByline(cleanText(element));
}
