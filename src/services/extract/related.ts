import type { Link } from '../article.js';
import { cleanText, type DomElement, hasToken } from './dom.js';
import { isArticleLink } from './link-filter.js';
import type { PageFacts } from './page-facts.js';
import { isAffiliateLink, withoutTracking } from './tracking.js';
import { absoluteHttpUrl, samePageKey } from './urls.js';

/** At most this many related links are kept: a card has room for a few. */
export const MAX_RELATED = 5;

/** Section headings that introduce related stories, in the languages we meet most. */
const RELATED_HEADING =
  /^(?:related(?:\s+(?:articles?|stories|posts|reading|content|news|coverage|links))?|see also|read also|more on this(?:\s+\w+)?|(?:you (?:may|might) )?also (?:like|read)|関連記事|関連|관련\s*기사|관련|相关(?:文章|阅读)?|相關|lire aussi|à lire aussi|leia também|lea también|ver también|weitere artikel|mehr zum thema|leggi anche)\s*:?$/i;

/** A container marked as related by class or id ("related-articles", "relatedPosts"); "unrelated" is not. */
const RELATED_MARK = /(?:^|[^a-z])related/i;

/** A related block is a short list; a container with more links is a page wrapper. */
const MAX_LINKS_IN_SECTION = 30;

const HEADINGS = ['h2', 'h3', 'h4', 'h5'];

function linkTitle(anchor: DomElement): string {
  const heading = anchor.querySelector('h1, h2, h3, h4, h5, h6');
  const text = cleanText(heading) || anchor.getAttribute('title')?.trim() || cleanText(anchor);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** The element that holds the links a related heading introduces. */
function sectionOf(heading: DomElement): DomElement | null {
  let container = heading.parentElement;
  for (let depth = 0; container && depth < 3; depth++, container = container.parentElement) {
    if (container.querySelector('a[href]')) return container;
  }
  return null;
}

function relatedSections({ index }: PageFacts): DomElement[] {
  const sections: DomElement[] = [];
  for (const tag of HEADINGS) {
    for (const heading of index.all(tag)) {
      const section = RELATED_HEADING.test(cleanText(heading)) ? sectionOf(heading) : null;
      if (section) sections.push(section);
    }
  }
  for (const container of index.containers) {
    if (RELATED_MARK.test(`${container.getAttribute('class') ?? ''} ${container.getAttribute('id') ?? ''}`))
      sections.push(container);
  }
  return sections.filter(
    (section) => !section.querySelector('h1') && section.querySelectorAll('a[href]').length <= MAX_LINKS_IN_SECTION,
  );
}

/**
 * The page's own related links: `rel="related"` first, then the links of its "Related" sections.
 * Absolute, without tracking parameters, deduplicated, never the page itself, an affiliate link or
 * share/login/index links, at most MAX_RELATED.
 */
export function readRelated(facts: PageFacts, canonical: string): Link[] {
  const { index, pageUrl, baseUrl } = facts;
  const seen = new Set([samePageKey(withoutTracking(pageUrl)), samePageKey(withoutTracking(canonical))]);
  const related: Link[] = [];
  const anchors = [...index.all('a'), ...index.all('link')].filter((element) => hasToken(element, 'rel', 'related'));
  for (const section of relatedSections(facts)) anchors.push(...section.querySelectorAll('a[href]'));
  for (const anchor of anchors) {
    if (related.length >= MAX_RELATED) break;
    const href = absoluteHttpUrl(anchor.getAttribute('href'), baseUrl);
    if (!href || isAffiliateLink(href)) continue;
    const url = withoutTracking(href);
    if (seen.has(samePageKey(url)) || !isArticleLink(url)) continue;
    const title = linkTitle(anchor);
    if (!title) continue;
    seen.add(samePageKey(url));
    related.push({ title, url });
  }
  return related;
}
