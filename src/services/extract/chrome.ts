import type { DomElement } from './dom.js';

/**
 * What counts as page chrome (not article text), decided from an element's tag, role and class/id
 * words alone. Used to strip the DOM before Readability scores it: fewer nodes to score, and no
 * share bars, promos or comment threads for it to mistake for content.
 */

/** Never text a reader sees as the article: code, media, widgets, form controls. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'map', 'dialog', 'button', 'input', 'select', 'textarea', 'link', 'meta',
  'nav', 'aside', 'footer', 'menu',
]);

/** ARIA landmark and widget roles that mark site furniture (WAI-ARIA 1.2 §5.3). */
const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu',
  'menubar', 'toolbar', 'tablist', 'tooltip',
]);

/** Class/id words for blocks that are chrome wherever they appear, however long. */
const CHROME_WORDS =
  /(?:^|[^a-z])(?:share|sharing|social|comments?|disqus|related|newsletters?|subscri\w*|signup|promos?|promotions?|ads?|advert\w*|adslot|sponsor\w*|breadcrumbs?|cookies?|consent|gdpr|popup|modal|outbrain|taboola|recommend\w*|trending|popular|most-read|sidebar|toolbar|skip|sr-only|visually-hidden|screen-reader\w*|tags|tag-list|pagination|pager|masthead|navbar|menu|more-stories|read-more|readmore|recirc\w*)(?![a-z])/;

/** Class/id words for small blocks around the text: bylines, datelines, captions and credits. */
const SMALL_CHROME_WORDS =
  /(?:^|[^a-z])(?:byline|author\w*|dateline|date|time|timestamp|published|updated|meta|caption|credits?|bio|kicker|eyebrow|label|category|categories|print)(?![a-z])/;

/** Longest text (characters) a SMALL_CHROME_WORDS block may have and still be removed. */
const SMALL_CHROME_MAX_CHARS = 300;

/** Elements that hold the article itself: never removed by class words. */
const ARTICLE_HOLDERS = 'article, main, [itemprop="articleBody"], [role="main"]';

/** A class token that names content ("entry-content", "article-body") and nothing chrome-like. */
const CONTENT_WORDS = /(?:^|[^a-z])(?:article|body|content|entry|post|story|main|text)(?![a-z])/;

/** Share of the page's paragraph text above which a block is the article, whatever its class says. */
const ARTICLE_SHARE = 0.5;

/** True when the element is hidden from every reader: `hidden`, `aria-hidden`, inline display:none. */
function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function classWords(element: DomElement): string {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  return className || id ? `${className} ${id}`.toLowerCase() : '';
}

/** Total length of the text in `<p>` elements under `root`. */
function paragraphChars(root: DomElement): number {
  let total = 0;
  for (const paragraph of root.querySelectorAll('p')) total += (paragraph.textContent ?? '').length;
  return total;
}

/**
 * Class words mislead on wrappers ("l-sidebar-fixed l-article-body", "entry-content-read-more",
 * "category-advertising"), so a match is kept when another class token names content, when it
 * holds the article element, or when it holds most of the page's paragraph text.
 */
function looksLikeArticle(element: DomElement, words: string, context: ChromeContext): boolean {
  if (words.split(/\s+/).some((token) => CONTENT_WORDS.test(token) && !CHROME_WORDS.test(token))) return true;
  if (element.matches(ARTICLE_HOLDERS) || element.querySelector(ARTICLE_HOLDERS) !== null) return true;
  context.pageParagraphChars ??= paragraphChars(context.root);
  return paragraphChars(element) > ARTICLE_SHARE * context.pageParagraphChars;
}

/** Facts about the whole page, computed once and only when a rule needs them. */
interface ChromeContext {
  root: DomElement;
  pageParagraphChars?: number;
}

/** Whether the element is page chrome that should go before the body is scored. */
function isChrome(element: DomElement, context: ChromeContext): boolean {
  const tag = element.localName;
  if (DROPPED_TAGS.has(tag)) return true;
  if (tag === 'body' || tag === 'html' || tag === 'head') return false;
  if (isHidden(element)) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const words = classWords(element);
  if (!words) return false;
  if (CHROME_WORDS.test(words)) return !looksLikeArticle(element, words, context);
  if (SMALL_CHROME_WORDS.test(words)) {
    return (element.textContent ?? '').length <= SMALL_CHROME_MAX_CHARS && !looksLikeArticle(element, words, context);
  }
  return false;
}

/** Remove every chrome element under `root`, in one walk (a removed subtree is not visited). */
export function removeChrome(root: DomElement): void {
  removeUnder(root, { root });
}

function removeUnder(parent: DomElement, context: ChromeContext): void {
  let child = parent.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    if (isChrome(child, context)) child.remove();
    else removeUnder(child, context);
    child = next;
  }
}
