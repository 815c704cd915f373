import iconv from 'iconv-lite';
import type { Random } from './random.js';

/** One way of breaking a page or feed: takes its bytes, returns new ones. */
export interface Mutation {
  name: string;
  apply(bytes: Buffer, random: Random): Buffer;
}

const TAGS = ['div', 'span', 'p', 'b', 'i', 'a', 'li', 'ul', 'table', 'tr', 'td', 'section', 'svg', 'font', 'article'];
const CHARSETS = ['utf-8', 'windows-1252', 'shift_jis', 'euc-kr', 'windows-1251', 'utf-16le', 'gb18030', 'koi8-r'];
const ENTITIES = ['&amp;', '&#x1F600;', '&#99999999;', '&#0;', '&nbsp;', '&unknown;', '&#x', '&', '&#00000000000065;'];

/** `insert` placed at a random offset of `bytes`. */
function insertAt(bytes: Buffer, random: Random, insert: Buffer | string): Buffer {
  const at = random.int(0, bytes.length);
  const piece = typeof insert === 'string' ? Buffer.from(insert) : insert;
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

function text(length: number, random: Random, spaced: boolean): string {
  const word = random.pick(['news', 'x', 'überraschung', 'новости', '記事', '😀']);
  const unit = spaced ? `${word} ` : word;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Mutations that break any markup: pages and feeds alike. */
export const BYTE_MUTATIONS: Mutation[] = [
  { name: 'truncate', apply: (bytes, random) => bytes.subarray(0, random.int(0, bytes.length)) },
  {
    name: 'byte-flips',
    apply: (bytes, random) => {
      const copy = Buffer.from(bytes);
      for (let flips = random.size(1, 200); flips > 0 && copy.length > 0; flips--)
        copy[random.int(0, copy.length - 1)] = random.int(0, 255);
      return copy;
    },
  },
  {
    name: 'nul-bytes',
    apply: (bytes, random) => insertAt(bytes, random, Buffer.alloc(random.size(1, 64))),
  },
  {
    name: 'invalid-utf8',
    apply: (bytes, random) => {
      const junk = [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xed, 0xa0, 0x80];
      const piece = Buffer.from(Array.from({ length: random.size(1, 5000) }, () => random.pick(junk)));
      return insertAt(bytes, random, piece);
    },
  },
  {
    name: 'mixed-encodings',
    apply: (bytes, random) => {
      // Re-encode slices of the text in different charsets, as a page pasted together from several sources.
      const source = bytes.toString('utf8');
      const parts: Buffer[] = [];
      for (let at = 0; at < source.length; ) {
        const end = Math.min(source.length, at + random.size(16, 65536));
        parts.push(iconv.encode(source.slice(at, end), random.pick(CHARSETS)));
        at = end;
      }
      return Buffer.concat(parts);
    },
  },
  {
    name: 'declared-charset',
    apply: (bytes, random) => Buffer.concat([Buffer.from(`<meta charset="${random.pick(CHARSETS)}">`), bytes]),
  },
  {
    name: 'huge-text',
    apply: (bytes, random) => insertAt(bytes, random, text(random.size(1000, 1_000_000), random, random.chance(0.5))),
  },
  {
    name: 'splice-repeat',
    apply: (bytes, random) => {
      const start = random.int(0, bytes.length);
      const piece = bytes.subarray(start, start + random.size(1, 4096));
      return insertAt(bytes, random, Buffer.concat(Array.from({ length: random.size(1, 500) }, () => piece)));
    },
  },
];

/** Mutations aimed at the HTML parser and the extractor. */
export const HTML_MUTATIONS: Mutation[] = [
  ...BYTE_MUTATIONS,
  {
    name: 'tag-soup',
    apply: (bytes, random) => {
      let out = bytes;
      const bits = ['<', '>', '</', '"', "'", '<!--', '-->', '<![CDATA[', '<script>', '</p>', '/>', '=', '<br/>'];
      for (let count = random.size(1, 300); count > 0; count--) {
        const bit = random.chance(0.5) ? random.pick(bits) : `<${random.chance(0.5) ? '/' : ''}${random.pick(TAGS)}>`;
        out = insertAt(out, random, bit);
      }
      return out;
    },
  },
  {
    name: 'deep-nesting',
    apply: (bytes, random) => {
      const depth = random.size(10, 20_000);
      const tag = random.pick(TAGS);
      const closed = random.chance(0.5) ? `</${tag}>`.repeat(depth) : '';
      return insertAt(bytes, random, `${`<${tag}>`.repeat(depth)}deep text. ${closed}`);
    },
  },
  {
    name: 'unclosed-runs',
    apply: (bytes, random) => insertAt(bytes, random, '<p><b><i>word '.repeat(random.size(10, 50_000))),
  },
  {
    name: 'many-elements',
    apply: (bytes, random) => {
      const unit = random.pick(['<a href="/x">link</a> ', '<img src="a.png">', '<div>cell</div>', '<li>item', '<br>']);
      // Past the extractor's node bound (DEFAULT_EXTRACT_BOUNDS) at the top of the range, not far past it.
      return insertAt(bytes, random, unit.repeat(random.size(10, 40_000)));
    },
  },
  {
    name: 'huge-attribute',
    apply: (bytes, random) => {
      const name = random.pick(['class', 'content', 'href', 'style', 'data-x', 'srcset']);
      const value = text(random.size(1000, 1_000_000), random, random.chance(0.5));
      const tag = random.pick(['div', 'meta name="description"', 'a', 'img', 'link rel="canonical"']);
      return insertAt(bytes, random, `<${tag} ${name}="${value}">`);
    },
  },
  {
    name: 'many-attributes',
    apply: (bytes, random) => {
      const count = random.size(10, 50_000);
      return insertAt(bytes, random, `<div ${Array.from({ length: count }, (_, index) => `a${index}=x`).join(' ')}>`);
    },
  },
  {
    name: 'entity-bomb',
    apply: (bytes, random) => {
      const entity = random.pick(ENTITIES);
      return insertAt(bytes, random, `<p>${entity.repeat(random.size(10, 50_000))}</p>`);
    },
  },
  {
    name: 'unterminated',
    apply: (bytes, random) =>
      insertAt(
        bytes,
        random,
        random.pick(['<!--', '<script>', '<style>', '<textarea>', '<title>', '<![CDATA[', '<a href="']),
      ),
  },
  {
    name: 'json-ld-bomb',
    apply: (bytes, random) => {
      const depth = random.size(10, 100_000);
      return insertAt(
        bytes,
        random,
        `<script type="application/ld+json">${'['.repeat(depth)}${']'.repeat(depth)}</script>`,
      );
    },
  },
];

/** Mutations aimed at the feed parser: entity expansion, external entities, deep or huge XML. */
export const XML_MUTATIONS: Mutation[] = [
  ...BYTE_MUTATIONS,
  {
    name: 'billion-laughs',
    apply: (bytes, random) => {
      const levels = random.int(3, 12);
      const lines = ['<!ENTITY lol0 "lol">'];
      for (let level = 1; level <= levels; level++)
        lines.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
      return withDoctype(bytes, lines.join(''), `&lol${levels};`);
    },
  },
  {
    name: 'external-entity',
    apply: (bytes, random) => {
      const target = random.pick(['file:///etc/passwd', 'http://127.0.0.1:1/x', '/etc/hostname']);
      return withDoctype(bytes, `<!ENTITY xxe SYSTEM "${target}">`, '&xxe;');
    },
  },
  {
    name: 'quadratic-entity',
    apply: (bytes, random) =>
      withDoctype(
        bytes,
        `<!ENTITY big "${'x'.repeat(random.size(1000, 100_000))}">`,
        '&big;'.repeat(random.size(10, 10_000)),
      ),
  },
  {
    name: 'deep-xml',
    apply: (bytes, random) => {
      const depth = random.size(10, 100_000);
      return insertAfterFirstItemOpen(
        bytes,
        `${'<x>'.repeat(depth)}deep${'</x>'.repeat(random.chance(0.5) ? depth : 0)}`,
      );
    },
  },
  {
    name: 'many-items',
    apply: (bytes, random) => {
      const item = '<item><title>T</title><link>https://e.example/a</link></item><entry><title>T</title></entry>';
      return insertAfterFirstItemOpen(bytes, item.repeat(random.size(10, 30_000)));
    },
  },
];

/** The DOCTYPE with `declarations` placed before the root element, and `reference` used in the first title. */
function withDoctype(bytes: Buffer, declarations: string, reference: string): Buffer {
  const source = bytes.toString('utf8').replace(/<!DOCTYPE[^>]*>/i, '');
  const root = source.search(/<(?:rss|feed|rdf:RDF)\b/);
  const at = root === -1 ? 0 : root;
  const body = source.slice(at).replace(/<title>/, `<title>${reference}`);
  return Buffer.from(`${source.slice(0, at)}<!DOCTYPE rss [${declarations}]>${body}`);
}

function insertAfterFirstItemOpen(bytes: Buffer, insert: string): Buffer {
  const source = bytes.toString('utf8');
  const match = /<(?:item|entry|channel)\b[^>]*>/.exec(source);
  const at = match ? match.index + match[0].length : source.length;
  return Buffer.from(source.slice(0, at) + insert + source.slice(at));
}
