import type { TextBlock } from './blocks.js';

/**
 * Blocks Readability keeps but a reader skips: link lists ("Related: …", "More: …"), datelines,
 * copyright lines. Each rule looks at one block's own text and links, never at the site.
 */

/**
 * Share of linked characters above which a block is navigation, not prose (cf. jusText, trafilatura):
 * lower for short blocks ("Related: …" lines), higher for paragraphs that merely cite a lot.
 */
const MAX_LINK_DENSITY_SHORT = 0.5;
const MAX_LINK_DENSITY = 0.8;
const SHORT_BLOCK_TOKENS = 25;

/** Datelines are short: "Updated 5:27 am CST, Wednesday, November 20, 2019". */
const DATELINE_MAX_TOKENS = 16;

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Words a timestamp line is made of, besides numbers (English month/day names and labels). */
const DATE_WORDS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september ' +
    'oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs ' +
    'thursday fri friday sat saturday sun sunday am pm a m p et est edt ct cst cdt mt mst pt pst pdt ' +
    'gmt utc bst cet ist jst kst published updated posted original last modified on at st nd rd th ' +
    'today yesterday ago hour hours minute minutes day days week weeks month months year years'
  ).split(' '),
);

/** A line with both a year and a clock time is a timestamp when it is this short. */
const STAMP_MAX_TOKENS = 10;
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}(?!\d)/;
const YEAR = /\b(?:19|20)\d{2}\b/;

/** A line that only says when: every word is a date word or a number, or it has a year and a clock time. */
export function isDateline(text: string): boolean {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > DATELINE_MAX_TOKENS) return false;
  if (YEAR.test(text) && CLOCK_TIME.test(text) && tokens.length <= STAMP_MAX_TOKENS) return true;
  const hasNumber = tokens.some((token) => /^\d+(?:st|nd|rd|th)?$/.test(token));
  return hasNumber && tokens.every((token) => /^\d+(?:st|nd|rd|th)?$/.test(token) || DATE_WORDS.has(token));
}

function isLinkList(block: TextBlock): boolean {
  const density = block.linkChars / block.text.length;
  if (density > MAX_LINK_DENSITY) return true;
  return density > MAX_LINK_DENSITY_SHORT && (block.text.match(TOKEN)?.length ?? 0) <= SHORT_BLOCK_TOKENS;
}

/** A byline line is short: "Posted on March 3, 2024 by Admin", "By Jane Doe | Updated 5 min ago". */
const BYLINE_MAX_TOKENS = 20;
const BYLINE_START = /^(?:by|posted|published|written|updated|last updated)\b/i;

/** A line that says who and when, not what: it opens with a byline label and names a date or a time. */
export function isBylineLine(text: string): boolean {
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > BYLINE_MAX_TOKENS || !BYLINE_START.test(text)) return false;
  // "By the end of 2024 prices had risen." is a sentence: byline lines do not end as one.
  if (/[.!?]["'”’)]*$/.test(text)) return false;
  return YEAR.test(text) || CLOCK_TIME.test(text) || /\b(?:ago|today|yesterday)\b/i.test(text);
}

/** "© 2019 Example Corp. All rights reserved." */
function isCopyrightLine(text: string): boolean {
  return text.length < 200 && /(?:©|\(c\)|copyright|all rights reserved)/i.test(text);
}

/**
 * Drop headings that introduce nothing: one at the very end, or one followed straight away by a
 * heading of its own rank or higher (what it introduced, a link list or a widget, is gone).
 * A deeper heading after it ("Recipe" then "Ingredients") is its content.
 */
export function withoutOrphanHeadings(blocks: TextBlock[]): TextBlock[] {
  return blocks.filter((block, index) => {
    if (block.headingLevel === 0) return true;
    const next = blocks[index + 1];
    return next !== undefined && (next.headingLevel === 0 || next.headingLevel > block.headingLevel);
  });
}

/** Whether a block is article text rather than page furniture left inside the article. */
export function isArticleBlock(block: TextBlock): boolean {
  if (isLinkList(block)) return false;
  if (isDateline(block.text) || isBylineLine(block.text)) return false;
  if (isCopyrightLine(block.text)) return false;
  return true;
}
