import { FailureError } from './errors.js';

/**
 * Bytes that are not text at all: a PDF, an image, an archive or a program handed over as a page
 * (a server sending a wrong Content-Type, or a local file given to the CLI). They are refused
 * before parsing, with the failure a fetched PDF gets, instead of being summarized as gibberish.
 */

/** File signatures (magic numbers) at offset 0, with the media type the failure names. */
const SIGNATURES: { bytes: readonly number[]; type: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: 'application/pdf' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: 'image/png' },
  { bytes: [0xff, 0xd8, 0xff], type: 'image/jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], type: 'image/gif' }, // GIF8
  { bytes: [0x50, 0x4b, 0x03, 0x04], type: 'application/zip' }, // also docx, epub, jar
  { bytes: [0x1f, 0x8b], type: 'application/gzip' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], type: 'application/x-7z-compressed' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], type: 'application/x-xz' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], type: 'application/x-executable' }, // ELF
  { bytes: [0x00, 0x61, 0x73, 0x6d], type: 'application/wasm' },
];

/** RIFF containers are WebP images, WAV audio or AVI video: the kind is at offset 8. */
function riffType(bytes: Uint8Array): string | null {
  if (ascii(bytes, 0, 4) !== 'RIFF') return null;
  const kind = ascii(bytes, 8, 12);
  if (kind === 'WEBP') return 'image/webp';
  if (kind === 'WAVE') return 'audio/wav';
  if (kind === 'AVI ') return 'video/x-msvideo';
  return 'application/octet-stream';
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** How much of the decoded text is inspected: git and file(1) also judge by the first 8 KB. */
export const SNIFF_CHARS = 8192;

/** A text with more than this share of control characters is binary, NULs or not. */
export const MAX_CONTROL_SHARE = 0.1;

/** C0 controls other than tab, line feed, form feed and carriage return (which text uses), and DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function controlCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) if (isControl(text.charCodeAt(index))) count++;
  return count;
}

/** The media type the bytes' signature names, or null when they start like no known binary format. */
export function binarySignature(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte));
  return match?.type ?? riffType(bytes);
}

/**
 * Whether decoded text is really binary: any NUL, or many control characters, near its start.
 * Judged on the text, not the bytes, so UTF-16 (whose ASCII letters carry NUL bytes) is text.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (head.includes('\u0000')) return true;
  return controlCount(head) > head.length * MAX_CONTROL_SHARE;
}

/** Throw the not-html failure when `bytes` (decoded as `text`) are a binary file, not a page. */
export function refuseBinary(bytes: Uint8Array, text: string): void {
  const type = binarySignature(bytes) ?? (looksBinary(text) ? 'application/octet-stream' : null);
  if (type) throw new FailureError('not-html', `The body is binary (${type}), not text`, { contentType: type });
}
