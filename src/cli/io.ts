import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Services } from '../create-services.js';
import type { Article } from '../services/article.js';
import { decodeText } from '../services/charset.js';
import { isFailure, userMessage } from '../services/errors.js';
import { extractArticle } from '../services/extract/index.js';
import { parseUserUrl } from '../services/urls.js';

/** Where a CLI command writes; tests and the real process both pass one in. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A failure as one line for a person at a terminal (never a stack trace). */
export function describeError(error: unknown): string {
  if (isFailure(error)) return userMessage(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'No such file.';
  if (code === 'EISDIR') return 'That is a folder, not a file.';
  if (code === 'EACCES') return "That file can't be read (permission denied).";
  if (error instanceof CliUsageError) return error.message;
  return 'Something went wrong reading that input.';
}

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/**
 * Is this input meant as a web address rather than a local file? A scheme says so; so does
 * "example.com/story" when no such file exists, read the way /article reads what people paste.
 */
function looksLikeUrl(input: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return true;
  if (existsSync(input)) return false;
  try {
    parseUserUrl(input);
    return true;
  } catch {
    return false;
  }
}

/** Read a local HTML file (gzip allowed) as text, decoded as a browser would. */
export async function readHtmlFile(path: string): Promise<string> {
  let bytes: Buffer = await readFile(path);
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new CliUsageError('That .gz file is not valid gzip.');
    }
  }
  return decodeText(bytes, null).text;
}

/**
 * Turn one CLI input into an article with its summary: a URL goes through the same ArticleService
 * as the bot; a file is extracted and summarized in place.
 */
export async function readArticle(input: string, services: Services, sentences = 3): Promise<Article> {
  if (looksLikeUrl(input)) return services.articles.get({ url: input, sentences });
  const path = resolve(input);
  // A saved page's relative links resolve against the address it names as its own (the extractor's rule for files).
  const extracted = extractArticle(await readHtmlFile(path), pathToFileURL(path).href);
  const summary = await services.summarizer.summarize(extracted, sentences);
  return {
    ...extracted,
    summary,
    similar: [],
    requestedUrl: pathToFileURL(path).href,
    fetchedAt: new Date().toISOString(),
  };
}

/** Read all of stdin as lines (the batch commands' input). */
export async function readStdinLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}
