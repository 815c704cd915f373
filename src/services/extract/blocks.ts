import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

/** One paragraph-like run of text, with how much of it sits inside links. */
export interface TextBlock {
  text: string;
  /** Characters of `text` inside `<a>` elements. */
  linkChars: number;
  /** 1–6 for an `<h1>`–`<h6>`, 0 for any other block. */
  headingLevel: number;
}

/** Elements that start a new line when rendered (the HTML standard's default rendering, §15.3). */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'figure',
  'address',
  'details',
  'summary',
  'hr',
  'br',
  'center',
  'form',
  'fieldset',
  'caption',
]);

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Cells are separated, not broken: a row reads as one line. */
const CELL_TAGS = new Set(['td', 'th']);

/** Never part of the reading text. */
const SKIPPED_TAGS = new Set(['figcaption', 'script', 'style', 'noscript', 'template', 'button', 'select', 'textarea']);

const SHOWN_URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private parts: string[] = [];
  private linkChars = 0;

  text(data: string, inLink: boolean): void {
    this.parts.push(data);
    // A link that shows its own address is a citation printed in the text, not navigation.
    if (inLink && !SHOWN_URL.test(data)) this.linkChars += data.trim().length;
  }

  space(): void {
    this.parts.push(' ');
  }

  /** Close the current block, if it has text. */
  flush(headingLevel = 0): void {
    const text = this.parts.join('').replace(/\s+/g, ' ').trim();
    if (text) this.blocks.push({ text, linkChars: Math.min(this.linkChars, text.length), headingLevel });
    this.parts = [];
    this.linkChars = 0;
  }
}

function walk(node: DomNode, writer: BlockWriter, inLink: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      writer.text(child.textContent ?? '', inLink);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as DomElement).localName;
    if (SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      writer.flush();
      walk(child, writer, inLink);
      writer.flush(HEADING_LEVEL[tag] ?? 0);
    } else if (CELL_TAGS.has(tag)) {
      writer.space();
      walk(child, writer, inLink);
      writer.space();
    } else {
      walk(child, writer, inLink || tag === 'a');
    }
  }
}

/** Split an element's rendered text into blocks, the way a browser breaks lines. */
export function textBlocks(root: DomElement): TextBlock[] {
  const writer = new BlockWriter();
  walk(root, writer, false);
  writer.flush();
  return writer.blocks;
}
