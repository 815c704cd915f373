import { Tokenizer } from 'htmlparser2';
import { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './bounds.js';
import { OpenElements } from './open-elements.js';

/** Character ranges [start, end) of the source left out of the bounded page. */
type Cut = [number, number];

/**
 * The page's markup within `bounds` (see bounds.ts): tags nested deeper than `maxDepth` are left
 * out, their text kept, attributes past `maxAttributes` and characters of a value past
 * `maxAttributeChars` are left out, and the page ends before
 * the node past `maxNodes` or `maxNesting`. One linear pass of
 * htmlparser2's own tokenizer, so tags, comments and script text are split exactly as the real
 * parse will split them. A page within bounds is returned as it is.
 */
export function boundedHtml(html: string, bounds: ExtractBounds = DEFAULT_EXTRACT_BOUNDS): string {
  const open = new OpenElements();
  const cuts: Cut[] = [];
  let nodes = 0;
  let nesting = 0;
  let end = html.length;
  let tagName = '';
  let tagStart = 0;
  let attributes = 0;
  let attributeStart = 0;
  /** The current attribute value's span; the tokenizer reports it in pieces around entities. */
  let valueStart = -1;
  let valueEnd = -1;
  /** Where the last token ended: a character reference's start, which the tokenizer does not report. */
  let lastEnd = 0;

  const tokenizer = new Tokenizer(
    // Entities decoded as linkedom's parser decodes them, so text nodes are split where its are.
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, nameEnd) {
        tagName = html.slice(start, nameEnd).toLowerCase();
        tagStart = start - 1; // the '<'
        attributes = 0;
      },
      onopentagend(tagEnd) {
        openTag(tagEnd, false);
        lastEnd = tagEnd + 1;
      },
      onselfclosingtag(tagEnd) {
        openTag(tagEnd, true);
        lastEnd = tagEnd + 1;
      },
      onclosetag(start, nameEnd) {
        const name = html.slice(start, nameEnd).toLowerCase();
        // The tokenizer skips to the next '>' after a closing tag's name.
        const closeEnd = html.indexOf('>', nameEnd);
        lastEnd = closeEnd === -1 ? html.length : closeEnd + 1;
        const depth = open.close(name);
        if (depth > bounds.maxDepth) cuts.push([start - 2, lastEnd]);
        else open.trackForeign(name, false);
        // The parser makes an element of a stray `</p>` or `</br>`: a node like any other.
        if (depth === 0 && (name === 'p' || name === 'br')) countNode(start - 2);
      },
      onattribentity() {},
      onattribname(start) {
        attributeStart = start;
        valueStart = -1;
      },
      onattribdata(start, dataEnd) {
        if (valueStart === -1) valueStart = start;
        valueEnd = dataEnd;
      },
      onattribend(_quote, attributeEnd) {
        if (++attributes > bounds.maxAttributes) cuts.push([attributeStart, attributeEnd]);
        else if (valueStart !== -1 && valueEnd - valueStart > bounds.maxAttributeChars)
          cuts.push([valueStart + bounds.maxAttributeChars, valueEnd]);
      },
      oncdata(start) {
        countNode(start - '<![CDATA['.length);
      },
      oncomment(start, commentEnd, endOffset) {
        countNode(start - 4);
        lastEnd = commentEnd + endOffset + 1;
      },
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext(start, textEnd) {
        countNode(start);
        lastEnd = textEnd;
      },
      ontextentity(_codepoint, entityEnd) {
        countNode(lastEnd);
        lastEnd = entityEnd;
      },
    },
  );

  /** Count one node (`depth` > 0 for an element); past a bound, the page ends at `cutAt` and the pass stops. */
  function countNode(cutAt: number, depth = 0): boolean {
    nesting += depth;
    if (++nodes <= bounds.maxNodes && nesting <= bounds.maxNesting) return true;
    end = Math.min(end, cutAt);
    tokenizer.pause();
    return false;
  }

  function openTag(tagEnd: number, selfClosing: boolean): void {
    // Implied closes first: a `<p>` that closes an open `<p>` does not nest deeper. Should the tag
    // then be dropped, what this closed was dropped too (kept elements lie below the bound).
    open.closeImpliedBy(tagName);
    const kept = open.depth < bounds.maxDepth;
    if (kept && !countNode(tagStart, open.depth + 1)) return;
    if (!kept) {
      // The whole tag goes, so the cuts of its extra attributes go into this one.
      while (cuts.length > 0 && cuts.at(-1)![0] >= tagStart) cuts.pop();
      cuts.push([tagStart, tagEnd + 1]);
    }
    open.open(tagName, kept);
    if (selfClosing && open.selfClosingCloses) open.close(tagName);
  }

  tokenizer.write(html);
  if (tokenizer.running) tokenizer.end();
  if (cuts.length === 0 && end === html.length) return html;
  return keptParts(html, cuts, end);
}

/** `html` up to `end` without the cut ranges (which are in order and do not overlap). */
function keptParts(html: string, cuts: readonly Cut[], end: number): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, stop] of cuts) {
    if (start >= end) break;
    parts.push(html.slice(from, start));
    from = stop;
  }
  if (from < end) parts.push(html.slice(from, end));
  return parts.join('');
}
