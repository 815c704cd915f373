import { Readability } from '@mozilla/readability';
import { narrowToArticle } from './article-root.js';
import { textBlocks } from './blocks.js';
import { isArticleBlock, withoutOrphanHeadings } from './boilerplate.js';
import { removeChrome } from './chrome.js';
import type { DomDocument, DomElement } from './dom.js';

/**
 * Readability reads the head for metadata we have already read ourselves; it needs only the
 * `<title>` (to drop a heading that repeats it). Without a meta author it also removes byline
 * elements from the body, which is what we want.
 */
function keepOnlyTitle(head: DomElement): void {
  for (let child = head.firstElementChild; child; ) {
    const next = child.nextElementSibling;
    if (child.localName !== 'title') child.remove();
    child = next;
  }
}

/**
 * The article body as paragraphs. Strips chrome from the DOM first (faster and more precise
 * scoring), then lets Readability pick the main content, then drops leftover boilerplate blocks.
 * Mutates `document`: read metadata and links before calling this.
 */
export function extractBody(document: DomDocument, articleMarks: readonly DomElement[]): string {
  if (document.head) keepOnlyTitle(document.head);
  if (document.body) {
    removeChrome(document.body, articleMarks);
    narrowToArticle(document.body, articleMarks);
  }
  // We read text only: no HTML serializing, no class stripping, no JSON-LD (metadata.ts has it).
  const reader = new Readability<DomElement>(document, {
    serializer: (element: DomElement) => element,
    keepClasses: true,
    disableJSONLD: true,
  });
  const content = reader.parse()?.content;
  if (!content) return '';
  return withoutOrphanHeadings(textBlocks(content).filter(isArticleBlock))
    .map((block) => block.text)
    .join('\n\n');
}
