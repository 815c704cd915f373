/**
 * A model of htmlparser2's stack of open elements, used to bound a page before the real parse.
 * It follows the parser's tree rules where they shrink the stack (void elements, the tags an
 * opening tag closes, self-closing tags in SVG and MathML), and otherwise keeps elements open,
 * so its depth is never less than the parser's: bounding by it bounds the parser.
 */

// HTML §13.1.2: elements that never have content (htmlparser2's list).
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P = new Set(['p']);
const CELLS = new Set(['th', 'td']);
const ROW_PARTS = new Set(['tr', 'th', 'td']);
const DEFINITION_PARTS = new Set(['dd', 'dt']);

// The open elements an opening tag closes when they are innermost (a subset of htmlparser2's
// table: modelling fewer closes only overestimates depth, which is safe).
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ['p', P],
  ['li', new Set(['li'])],
  ['tr', ROW_PARTS],
  ['td', CELLS],
  ['th', new Set(['th'])],
  ['dd', DEFINITION_PARTS],
  ['dt', DEFINITION_PARTS],
  ['option', new Set(['option'])],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'ul', 'ol', 'table', 'section', 'article', 'blockquote', 'pre'].map(
    (tag): [string, ReadonlySet<string>] => [tag, P],
  ),
]);

// Where a self-closing tag (`<path/>`) really closes: inside <svg>/<math> but not inside the HTML
// islands in them (htmlparser2's foreignContext).
const FOREIGN = new Set(['svg', 'math']);
const HTML_ISLANDS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

export function isVoidElement(tag: string): boolean {
  return VOID_ELEMENTS.has(tag);
}

export class OpenElements {
  private readonly tags: string[] = [];
  /** How many of each tag are open, so a close tag with no open match costs nothing to look up. */
  private readonly openCount = new Map<string, number>();
  /** What the parser sees: true inside SVG/MathML. Only updated for tags the parser will see. */
  private readonly foreign: boolean[] = [];

  get depth(): number {
    return this.tags.length;
  }

  /** Whether a self-closing tag closes itself here, as htmlparser2 decides it. */
  get selfClosingCloses(): boolean {
    return this.foreign.at(-1) === true;
  }

  /** Close the innermost elements an opening `tag` implies closed (`<p>` closes an open `<p>`). */
  closeImpliedBy(tag: string): void {
    const closes = CLOSED_BY.get(tag);
    while (closes && this.tags.length > 0 && closes.has(this.tags.at(-1)!)) this.pop();
  }

  /** Open `tag` (after closeImpliedBy). `seen`: the parser will see this tag. */
  open(tag: string, seen: boolean): void {
    if (seen) this.trackForeign(tag, true);
    if (isVoidElement(tag)) return;
    this.tags.push(tag);
    this.openCount.set(tag, (this.openCount.get(tag) ?? 0) + 1);
  }

  /**
   * Close the innermost open `tag` and everything inside it. Returns the depth (1-based) the
   * closed element had, or 0 when no such element is open.
   */
  close(tag: string): number {
    if (!this.openCount.get(tag)) return 0;
    const depth = this.tags.lastIndexOf(tag) + 1;
    while (this.tags.length >= depth) this.pop();
    return depth;
  }

  /** The parser leaves or enters foreign content on these tags' open and close tags, matched or not. */
  trackForeign(tag: string, opening: boolean): void {
    if (!FOREIGN.has(tag) && !HTML_ISLANDS.has(tag)) return;
    if (opening) this.foreign.push(FOREIGN.has(tag));
    else this.foreign.pop();
  }

  private pop(): void {
    const tag = this.tags.pop()!;
    this.openCount.set(tag, this.openCount.get(tag)! - 1);
  }
}
