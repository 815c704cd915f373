import { paragraphChars } from './chrome.js';
import type { DomElement } from './dom.js';

/**
 * Narrow the page to the element the site itself marks as the article (`<article>`, `<main>`,
 * `itemprop="articleBody"`, `role="main"`) when that element holds nearly all of the page's
 * paragraph text. Readability then scores a few hundred nodes instead of the whole page, and
 * cannot pick a sidebar; when no marked element is that clear, the page is left alone.
 */

/** Share of the page's paragraph text the marked element must hold to stand for the page. */
const MIN_SHARE = 0.8;

/** Remove everything under `body` that is not `keep`, its ancestors or its descendants. */
function pruneAround(body: DomElement, keep: DomElement): void {
  for (let node = keep; node !== body && node.parentElement; node = node.parentElement) {
    for (let sibling = node.parentElement.firstElementChild; sibling; ) {
      const next = sibling.nextElementSibling;
      if (sibling !== node) sibling.remove();
      sibling = next;
    }
  }
}

/** Keep only the smallest marked element that holds MIN_SHARE of the paragraph text, if any. */
export function narrowToArticle(body: DomElement, articleMarks: readonly DomElement[]): void {
  const total = paragraphChars(body);
  if (total === 0) return;
  let best: { element: DomElement; chars: number } | null = null;
  for (const element of articleMarks) {
    if (!body.contains(element)) continue;
    const chars = paragraphChars(element);
    if (chars < MIN_SHARE * total) continue;
    if (!best || chars < best.chars || (chars === best.chars && best.element.contains(element)))
      best = { element, chars };
  }
  if (best) pruneAround(body, best.element);
}
