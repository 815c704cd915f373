import type { ExtractedArticle } from '../article.js';
import { FailureError } from '../errors.js';
import { readAlternates } from './alternates.js';
import { extractBody } from './body.js';
import { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './bounds.js';
import { type DomDocument, parseDocument } from './dom.js';
import { readMetadata } from './metadata.js';
import { gatherFacts, type PageFacts } from './page-facts.js';
import { readingMinutes } from './reading-time.js';
import { readRelated } from './related.js';
import { readSource } from './source.js';

export { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './bounds.js';
export { readingMinutes } from './reading-time.js';

function noArticle(pageUrl: string, cause?: unknown): FailureError {
  const error = new FailureError('empty-article', `No article body found at ${pageUrl}`);
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** A page with no title at all is named by the start of its first paragraph. */
const UNTITLED_CHARS = 100;

function untitled(text: string): string {
  const first = text.split('\n\n')[0]!;
  if (first.length <= UNTITLED_CHARS) return first;
  const cut = first.slice(0, UNTITLED_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : UNTITLED_CHARS)}…`;
}

/**
 * Read an article page: metadata and links from the whole page first, then the body (which strips
 * the DOM). Throws FailureError('empty-article') when the page has no article body, including
 * when the HTML cannot be parsed at all (DOM libraries throw on some real pages: notes/pitfalls.md).
 * Only the markup within `bounds` is read (bounds.ts); `fetchedAt` bounds the published date: a
 * page cannot have been published after it was fetched.
 */
export function extractArticle(
  html: string,
  pageUrl: string,
  { bounds = DEFAULT_EXTRACT_BOUNDS, fetchedAt = new Date() }: { bounds?: ExtractBounds; fetchedAt?: Date } = {},
): ExtractedArticle {
  let document: DomDocument;
  let facts: PageFacts;
  try {
    document = parseDocument(html, bounds);
    facts = gatherFacts(document, pageUrl);
  } catch (error) {
    throw noArticle(pageUrl, error);
  }
  const metadata = readMetadata(facts, fetchedAt);
  const source = readSource(facts);
  const related = readRelated(facts, metadata.url);
  const alternates = readAlternates(facts, metadata.url, metadata.lang);
  let text: string;
  try {
    text = extractBody(document, facts.index.articleMarks);
  } catch (error) {
    throw noArticle(pageUrl, error);
  }
  if (!text) throw noArticle(pageUrl);
  const title = metadata.title || untitled(text);
  return { ...metadata, title, readingMinutes: readingMinutes(text, metadata.lang), text, source, related, alternates };
}
