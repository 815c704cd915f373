import { type DomElement, ELEMENT_NODE, TEXT_NODE } from './dom.js';

/**
 * What counts as page chrome (not article text), from an element's tag, role, visibility and
 * class/id words alone. chrome.ts decides whether a match may really go.
 */

/** Never text a reader sees as the article: code, media, widgets, form controls, site furniture. */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'dialog',
  'button',
  'input',
  'select',
  'textarea',
  'link',
  'meta',
  'title',
  'nav',
  'footer',
  'menu',
  // Pictures carry no text; their captions and credits are not the article's text either.
  'figure',
  'figcaption',
  'picture',
  'img',
  'source',
]);

/** WAI-ARIA 1.2 landmark and widget roles that mark site furniture. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'tooltip',
]);

/** Class/id words for blocks that are chrome wherever they appear, however long. */
export const CHROME_WORDS =
  /(?:^|[^a-z])(?:share|sharing|social|comments?|disqus|related|newsletters?|subscri\w*|signup|promos?|promotions?|ads?|advert\w*|adslot|sponsor\w*|breadcrumbs?|cookies?|consent|gdpr|popup|modal|outbrain|taboola|recommend\w*|trending|popular|most-read|sidebar|toolbar|skip|sr-only|visually-hidden|screen-reader\w*|tags|tag-list|pagination|pager|masthead|navbar|menu|more-stories|read-more|readmore|recirc\w*|disclaimers?|disclosures?|affiliate\w*|cta|call-to-action)(?![a-z])/;

/**
 * Class/id words for small blocks around the text: bylines, datelines, captions and credits, the
 * standfirst (dek, excerpt: a teaser the page repeats in its description, not the article's text)
 * and hover cards (a name's pop-up profile, which reads as the name glued into the sentence).
 */
export const SMALL_CHROME_WORDS =
  /(?:^|[^a-z])(?:byline|author\w*|dateline|date|time|timestamp|published|updated|meta|caption|credits?|bio|kicker|eyebrow|label|category|categories|print|gallery|slideshow|carousel|lightbox|dek|standfirst|excerpt|subhed|subhead|subheadline|subtitle|tooltip|hovercard|popover)(?![a-z])/;

/** Longest text (characters) a SMALL_CHROME_WORDS block may have and still be removed. */
const SMALL_CHROME_MAX_CHARS = 300;

/** Captions and credits say so in their class and run longer (a wire photo's caption is a paragraph). */
const CAPTION_WORDS = /(?:^|[^a-z])(?:caption|captions|credits?)(?![a-z])/;
const CAPTION_MAX_CHARS = 600;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * "drop": always chrome. "words": chrome by its class/id words, unless it turns out to hold the
 * article. "hidden": hidden or an `<aside>`, chrome unless it holds most of the page's text (React
 * streams a server-rendered article into `<div hidden>` and shows it with script). null: not chrome.
 */
export type ChromeKind = 'drop' | 'words' | 'hidden' | null;

/**
 * The element's class and id as one lower-case string ('' when it has neither), with camelCase
 * split into words ("imageEmbedCaption" → "image-embed-caption") so word rules see them.
 */
export function classWords(element: DomElement): string {
  const className = element.getAttribute('class');
  const id = element.getAttribute('id');
  if (!className && !id) return '';
  return `${className ?? ''} ${id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Length of the text as shown: source indentation is not text (a short caption can carry 200 spaces). */
function shownChars(element: DomElement): number {
  const raw = element.textContent ?? '';
  // Only a text near the limit is worth collapsing; a long one (a wrapper of the whole article) is long anyway.
  if (raw.length <= SMALL_CHROME_MAX_CHARS || raw.length > 4 * CAPTION_MAX_CHARS) return raw.length;
  return raw.replace(/\s+/g, ' ').trim().length;
}

/** Containers a site builds a figure from; a `<p>` or `<li>` with a picture in it stays text. */
const FIGURE_LIKE_TAGS = new Set(['div', 'span', 'section', 'a']);

/** Pictures: an element that shows one directly (not somewhere deep inside it). */
const PICTURE_TAGS = new Set(['img', 'picture', 'figure']);

/**
 * A picture with a few words beside it is a figure written without `<figure>`: its text is the
 * caption or credit ("In this 2006 file photo, …"), not the article's.
 */
function isUntaggedFigure(element: DomElement): boolean {
  // A paragraph that opens with an icon or an emoji image is still a paragraph.
  if (!FIGURE_LIKE_TAGS.has(element.localName)) return false;
  let showsPicture = false;
  for (let child = element.firstElementChild; child && !showsPicture; child = child.nextElementSibling)
    showsPicture = PICTURE_TAGS.has(child.localName);
  return showsPicture && shownChars(element) <= SMALL_CHROME_MAX_CHARS;
}

/**
 * A hover card: an element right after a link that repeats the link's text and then adds more
 * (a name's pop-up profile and headlines). Rendered as text it glues the name twice into the
 * sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …").
 */
function isHoverCard(element: DomElement): boolean {
  if (element.localName === 'a') return false;
  let link = element.previousSibling;
  // Only blank text may sit between them; "<a>Jo Park</a> said Jo Park…" is prose.
  while (link && link.nodeType === TEXT_NODE && (link.textContent ?? '').trim() === '') link = link.previousSibling;
  if (!link || link.nodeType !== ELEMENT_NODE || (link as DomElement).localName !== 'a') return false;
  const name = (link.textContent ?? '').trim();
  if (name.length < 3) return false;
  const text = (element.textContent ?? '').trimStart();
  return text.length > name.length && text.startsWith(name);
}

/** Hidden by its own markup (the `hidden` attribute, aria-hidden, an inline display:none). */
export function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Classify one element by its own markup and, for figures and hover cards, its first children. */
export function chromeKind(element: DomElement): ChromeKind {
  const tag = element.localName;
  if (DROPPED_TAGS.has(tag)) return 'drop';
  if (tag === 'body' || tag === 'html' || tag === 'head') return null;
  if (isHidden(element) || tag === 'aside') return 'hidden';
  const role = element.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return 'drop';
  if (isHoverCard(element)) return 'drop';
  if (isUntaggedFigure(element)) return 'words';
  const words = classWords(element);
  if (!words) return null;
  if (CHROME_WORDS.test(words)) return 'words';
  if (SMALL_CHROME_WORDS.test(words)) {
    const limit = CAPTION_WORDS.test(words) ? CAPTION_MAX_CHARS : SMALL_CHROME_MAX_CHARS;
    if (shownChars(element) <= limit) return 'words';
  }
  return null;
}
