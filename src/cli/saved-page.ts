import { decodeText } from '../services/charset.js';
import { FailureError } from '../services/errors.js';
import { sniffsAsHtml } from '../services/fetcher/index.js';
import { readLocalFile } from './local-file.js';

/**
 * A saved page (gzip allowed) as text, read under the fetcher's rules for a page served without a
 * Content-Type: at most `limit` bytes after decompression (FETCH_MAX_HTML_BYTES), refused unless it
 * sniffs as HTML, and decoded by its BOM or meta charset as a browser would.
 */
export async function readSavedPage(path: string, limit: number): Promise<string> {
  const bytes = await readLocalFile(path, limit);
  if (!sniffsAsHtml(bytes)) throw new FailureError('not-html', `${path} does not look like HTML`, { contentType: '' });
  return decodeText(bytes, null).text;
}
