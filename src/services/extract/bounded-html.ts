import { Tokenizer } from 'htmlparser2';
import { DEFAULT_EXTRACT_BOUNDS, type ExtractBounds } from './bounds.js';
import { OpenElements } from './open-elements.js';

/** Character ranges [start, end) of the source left out of the bounded page. */
type Cut = [number, number];

/**
 * The page's markup within `bounds` (see bounds.ts): tags nested deeper than `maxDepth` are left
 * out, their text kept, and the page ends before its `maxElements`-th element. One linear pass of
 * htmlparser2's own tokenizer, so tags, comments and script text are split exactly as the real
 * parse will split them. A page within bounds is returned as it is.
 */
export function boundedHtml(html: string, bounds: ExtractBounds = DEFAULT_EXTRACT_BOUNDS): string {
  const open = new OpenElements();
  const cuts: Cut[] = [];
  let elements = 0;
  let end = html.length;
  let tagName = '';
  let tagStart = 0;

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, nameEnd) {
        tagName = html.slice(start, nameEnd).toLowerCase();
        tagStart = start - 1; // the '<'
      },
      onopentagend(tagEnd) {
        openTag(tagEnd, false);
      },
      onselfclosingtag(tagEnd) {
        openTag(tagEnd, true);
      },
      onclosetag(start, nameEnd) {
        const name = html.slice(start, nameEnd).toLowerCase();
        // The tokenizer skips to the next '>' after a closing tag's name.
        const closeEnd = html.indexOf('>', nameEnd);
        const depth = open.close(name);
        if (depth > bounds.maxDepth) cuts.push([start - 2, closeEnd === -1 ? html.length : closeEnd + 1]);
        else open.trackForeign(name, false);
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );

  function openTag(tagEnd: number, selfClosing: boolean): void {
    // Implied closes first: a `<p>` that closes an open `<p>` does not nest deeper. Should the tag
    // then be dropped, what this closed was dropped too (kept elements lie below the bound).
    open.closeImpliedBy(tagName);
    const kept = open.depth < bounds.maxDepth;
    if (kept && ++elements > bounds.maxElements) {
      end = tagStart;
      tokenizer.pause();
      return;
    }
    if (!kept) cuts.push([tagStart, tagEnd + 1]);
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
