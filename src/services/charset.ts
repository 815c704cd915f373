import iconv from 'iconv-lite';
import { refuseBinary } from './binary-sniff.js';

/**
 * Turn fetched bytes into text the way browsers do: BOM, then the Content-Type charset, then what
 * the document declares in its first 1024 bytes (`<meta charset>`, `http-equiv`, `<?xml encoding?>`),
 * then UTF-8 if the bytes are valid UTF-8, else windows-1252. Decoding goes through iconv-lite because
 * Node 20's TextDecoder maps windows-1252 bytes 0x80–0x9F to control characters (notes/pitfalls.md).
 * Every page and feed body becomes text here, fetched or read from a file, so this is also where
 * binary files (PDF, images, archives, programs) are refused (binary-sniff.ts).
 */
export interface DecodedText {
  text: string;
  /** The charset actually used, lower-case iconv name. */
  charset: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// WHATWG Encoding: these labels all mean windows-1252 in a browser.
const WINDOWS_1252_ALIASES = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'us-ascii',
  'ascii',
  'l1',
  'cp819',
  'iso_8859-1',
]);

/** Normalise a declared charset label to one iconv-lite knows, or null if it knows none. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (WINDOWS_1252_ALIASES.has(name)) name = 'windows-1252';
  if (name === 'utf8') name = 'utf-8';
  // Browsers treat these as their supersets (WHATWG Encoding "euc-kr", "shift_jis" labels).
  if (name === 'ks_c_5601-1987' || name === 'korean') name = 'euc-kr';
  if (name === 'x-sjis' || name === 'sjis' || name === 'ms_kanji') name = 'shift_jis';
  // Labels feeds declare that iconv-lite spells differently (Python codec names; Apple's Central European).
  if (name === 'cp_is') name = 'cp861';
  if (name === 'maccentraleurope' || name === 'maclatin2' || name === 'x-mac-ce') name = 'maccenteuro';
  return iconv.encodingExists(name) ? name : null;
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const [signature, charset] of BOMS) {
    if (signature.every((byte, index) => bytes[index] === byte)) return { charset, length: signature.length };
  }
  return null;
}

/** The charset from a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return normalizeCharset(match?.[1]);
}

/** The charset a document declares near its start: HTML meta tags or the XML declaration. */
export function charsetFromDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return normalizeCharset(xml[1]);
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head);
  return normalizeCharset(meta?.[1]);
}

/** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decode bytes to text, choosing the charset as a browser would (see the module comment).
 * Throws FailureError('not-html') when the bytes are a binary file rather than text.
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const decoded = decodeWithBrowserCharset(bytes, contentType);
  refuseBinary(bytes, decoded.text);
  return decoded;
}

function decodeWithBrowserCharset(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset };
  const declared = charsetFromDocument(bytes);
  const charset = charsetFromContentType(contentType) ?? declared;
  if (charset && charset !== 'utf-8') return { text: iconv.decode(Buffer.from(bytes), charset), charset };
  // Said UTF-8 or said nothing: valid UTF-8 is decoded once, here. A server that says UTF-8 for
  // bytes that are not (a common misconfiguration) is overruled by what the page itself declares,
  // and failing that by windows-1252.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  const fallback = declared && declared !== 'utf-8' ? declared : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), fallback), charset: fallback };
}
