import { Parser } from 'htmlparser2';

/**
 * Feed text made plain. Descriptions and content are HTML (escaped or in CDATA); an RSS title may
 * or may not be (the RSS Best Practices Profile calls it ambiguous), so markup is only looked for
 * where something in the text actually looks like a tag or an entity. htmlparser2 reads the HTML
 * (a streaming parse, several times cheaper per item than building a DOM for each description).
 */

/** Elements that start a new line when rendered (HTML Living Standard §15.3 default styles). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const VOID_TAGS = new Set(['br', 'hr']);
/** Never part of the reading text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head', 'title']);

/** Collapse runs of spaces within lines and drop blank lines: one line per block. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** One line: every run of whitespace becomes one space (titles, names). */
export function oneLine(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The readable text of an HTML fragment: tags dropped, entities decoded once, one line per block. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyText(html);
  const out: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipping++;
        else if (BLOCK_TAGS.has(name)) out.push('\n');
        else if (name === 'td' || name === 'th') out.push(' ');
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_TAGS.has(name) && !VOID_TAGS.has(name)) out.push('\n');
      },
      ontext(text) {
        if (skipping === 0) out.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return tidyText(out.join(''));
}

// A tag (`<b>`, `</p>`, `<br/>`, `<a href="…">`) or a character/entity reference (`&amp;`, `&#38;`).
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/;

/** Whether text that may be plain or HTML holds markup. "I <3 U" and "A<B" do not; "<b>A</b>" does. */
export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text);
}

/** Text that may or may not be HTML, made plain: decoded as HTML only when it holds markup. */
export function maybeHtmlToText(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : tidyText(text);
}
