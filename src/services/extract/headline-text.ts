import { cleanText } from './dom.js';
import type { PageFacts } from './page-facts.js';

/**
 * The text printed around the headline, where pages put their byline and dateline ("By Jane Doe ·
 * September 4, 2025"): the header a few levels above the first `<h1>`, from a little before the
 * heading to a little after it. Empty when the page has no headline.
 */
const BEFORE_TITLE_CHARS = 300;
const AFTER_TITLE_CHARS = 1000;
const HEADER_LEVELS = 3;

export function textAroundHeadline(facts: PageFacts): string {
  const h1 = facts.index.all('h1').find((heading) => cleanText(heading).length > 0);
  if (!h1) return '';
  let header = h1;
  for (let level = 0; level < HEADER_LEVELS && header.parentElement; level++) header = header.parentElement;
  const text = (header.textContent ?? '').replace(/\s+/g, ' ');
  const heading = cleanText(h1);
  const at = Math.max(0, text.indexOf(heading));
  return text.slice(Math.max(0, at - BEFORE_TITLE_CHARS), at + heading.length + AFTER_TITLE_CHARS);
}
