import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSavedPage } from '../../src/cli/saved-page.js';
import { loadConfig } from '../../src/config.js';
import { BENCH_DIR } from './data-dir.js';

/** A saved article page of ../shared/bench with what its labels say. */
export interface LabelledPage {
  set: 'extraction' | 'wcxb';
  id: string;
  url: string;
  html: string;
  body: string | null;
  title?: string;
  author?: string | null;
  date?: string | null;
}

function gzNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort();
}

/** Read every page of a folder of `<id>.html.gz` the way `newsdesk extract <file>` does (BOM/meta charset). */
async function readPages<T>(dir: string, make: (id: string, html: string) => T): Promise<T[]> {
  const maxBytes = loadConfig({}).fetchMaxHtmlBytes;
  return Promise.all(
    gzNames(dir).map(async (name) =>
      make(name.slice(0, -'.html.gz'.length), await readSavedPage(join(dir, name), maxBytes)),
    ),
  );
}

/** ../shared/bench/extraction: body truth only. */
export async function extractionPages(): Promise<LabelledPage[]> {
  const dir = join(BENCH_DIR, 'extraction');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return readPages(join(dir, 'html'), (id, html) => ({
    set: 'extraction' as const,
    id,
    html,
    url: truth[id]!.url,
    body: truth[id]!.articleBody,
  }));
}

/** ../shared/bench/wcxb: body, title, author and date truth (null = no label). */
export async function wcxbPages(): Promise<LabelledPage[]> {
  const dir = join(BENCH_DIR, 'wcxb');
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<
    string,
    { url: string; title: string; author: string | null; date: string | null; body: string | null }
  >;
  return readPages(join(dir, 'html'), (id, html) => {
    const label = truth[id]!;
    return { set: 'wcxb' as const, id, html, ...label };
  });
}
