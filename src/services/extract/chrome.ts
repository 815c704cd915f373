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

function holdsArticle(element: DomElement): boolean {
  return element.matches(ARTICLE_HOLDERS) || element.querySelector(ARTICLE_HOLDERS) !== null;
}

/** Whether the element is page chrome that should go before the body is scored. */
export function isChrome(element: DomElement): boolean {
  const tag = element.localName;
  if (DROPPED_TAGS.has(tag)) return true;
  if (tag === 'body' || tag === 'html' || tag === 'head') return false;
  if (isHidden(element)) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const words = classWords(element);
  if (!words) return false;
  if (CHROME_WORDS.test(words)) return !holdsArticle(element);
  if (SMALL_CHROME_WORDS.test(words)) {
    return (element.textContent ?? '').length <= SMALL_CHROME_MAX_CHARS && !holdsArticle(element);
  }
  return false;
}

/** Remove every chrome element under `root`, in one walk (a removed subtree is not visited). */
export function removeChrome(root: DomElement): void {
  let child = root.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    if (isChrome(child)) child.remove();
    else removeChrome(child);
    child = next;
  }
}
