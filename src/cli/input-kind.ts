import { fileURLToPath } from 'node:url';
import { FailureError } from '../services/errors.js';

/** What a command-line input names: a page to fetch, or a file on this machine. */
export type InputKind = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/**
 * Only an input with an http(s):// scheme is fetched; everything else is a path. Guessing
 * ("news.example/story" may be a host or a folder) would turn a mistyped file name into a network
 * request, and a missing file into "Couldn't reach that site". A file:// URL is a path written as a URL.
 */
export function classifyInput(input: string): InputKind {
  if (/^https?:\/\//i.test(input)) return { kind: 'url', url: input };
  if (/^file:\/\//i.test(input)) {
    try {
      return { kind: 'file', path: fileURLToPath(input) };
    } catch {
      throw new FailureError('invalid-url', `Not a file URL: ${input}`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new FailureError('invalid-url', `Not an http(s) URL: ${input}`);
  return { kind: 'file', path: input };
}
