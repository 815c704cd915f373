import { CHROME_WORDS, chromeKind, classWords, isHidden, SMALL_CHROME_WORDS } from './chrome-rules.js';
import type { DomElement } from './dom.js';

/**
 * Strip page chrome from the DOM before Readability scores it: fewer nodes to score (faster), and no
 * share bars, promos or comment threads for it to mistake for content (more precise).
 */

/** A class token that names content ("entry-content", "article-body") and nothing chrome-like. */
const CONTENT_WORDS = /(?:^|[^a-z])(?:article|body|content|entry|post|story|main|text)(?![a-z])/;

/** Share of the page's paragraph text above which a block is the article, whatever its class says. */
const ARTICLE_SHARE = 0.5;

/** Total length of the text in `<p>` elements under `root`. */
export function paragraphChars(root: DomElement): number {
  let total = 0;
  for (const paragraph of root.getElementsByTagName('p')) total += (paragraph.textContent ?? '').length;
  return total;
}

interface Walk {
  root: DomElement;
  articleMarks: readonly DomElement[];
  /** Computed on first need: most pages never ask. */
  pageParagraphChars?: number;
}

/**
 * Class words mislead on wrappers ("l-sidebar-fixed l-article-body", "entry-content-read-more",
 * "category-advertising"), so a match is kept when another class token names content, when it
 * holds an element the page marks as its article, or when it holds most of the paragraph text.
 */
function holdsArticle(element: DomElement, walk: Walk): boolean {
  const tokens = classWords(element).split(/\s+/);
  // "caption-text" and "article-dek" name a caption and a teaser, not the content.
  const namesContent = (token: string) =>
    CONTENT_WORDS.test(token) && !CHROME_WORDS.test(token) && !SMALL_CHROME_WORDS.test(token);
  if (tokens.some(namesContent)) return true;
  if (walk.articleMarks.some((mark) => mark === element || element.contains(mark))) return true;
  walk.pageParagraphChars ??= paragraphChars(walk.root);
  return paragraphChars(element) > ARTICLE_SHARE * walk.pageParagraphChars;
}

/**
 * Whether the element holds most of the page's paragraph text. (Not "holds an <article>": sidebars
 * list their teasers as <article> elements.)
 */
function holdsMostText(element: DomElement, walk: Walk): boolean {
  walk.pageParagraphChars ??= paragraphChars(walk.root);
  return walk.pageParagraphChars > 0 && paragraphChars(element) > ARTICLE_SHARE * walk.pageParagraphChars;
}

function unhide(element: DomElement): void {
  element.removeAttribute('hidden');
  element.removeAttribute('aria-hidden');
  element.removeAttribute('style');
}

function removeUnder(parent: DomElement, walk: Walk): void {
  let child = parent.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    const kind = chromeKind(child);
    if (kind === 'drop' || (kind === 'words' && !holdsArticle(child, walk))) child.remove();
    else if (kind === 'hidden' && !holdsMostText(child, walk)) child.remove();
    else {
      // Shown, as a browser running the page's script would: Readability skips hidden nodes.
      if (kind === 'hidden' && isHidden(child)) unhide(child);
      removeUnder(child, walk);
    }
    child = next;
  }
}

/**
 * Remove every chrome element under `root` in one walk (a removed subtree is not visited).
 * `articleMarks` are the elements the page marks as its article, which class words never remove.
 */
export function removeChrome(root: DomElement, articleMarks: readonly DomElement[]): void {
  removeUnder(root, { root, articleMarks });
}
