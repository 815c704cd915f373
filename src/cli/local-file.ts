import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { readCapped } from '../services/fetcher/index.js';
import { InputError } from './io.js';

// "news.example/story" is a web address typed without its scheme; say so when no such file exists.
const HOST_LIKE = /^(localhost|[\w-]+(\.[\w-]+)+)(:\d+)?\//i;

/**
 * A local file's bytes (a .gz file decompressed), read as a stream and refused with `too-large`
 * the moment more than `limit` bytes come out: the fetcher's cap and rule, so a gzip bomb or
 * /dev/zero stops at the cap instead of filling memory.
 */
export async function readLocalFile(path: string, limit: number): Promise<Buffer> {
  const decoders = path.endsWith('.gz') ? [createGunzip()] : [];
  try {
    return await readCapped(createReadStream(path), decoders, limit);
  } catch (error) {
    throw fileError(error, path);
  }
}

/** The file system's and zlib's failures as one line that names the file; others pass through. */
function fileError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const hint = HOST_LIKE.test(path) ? ' (a web address starts with https://)' : '';
    return new InputError(`No such file: ${path}${hint}`);
  }
  if (code === 'EISDIR') return new InputError(`That is a folder, not a file: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`Can't read ${path} (permission denied).`);
  if (typeof code === 'string' && code.startsWith('Z_')) return new InputError(`Not valid gzip: ${path}`);
  return error;
}
