import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readSavedPage } from '../../src/cli/saved-page.js';
import { loadConfig } from '../../src/config.js';
import { isFailure } from '../../src/services/errors.js';
import { extractArticle } from '../../src/services/extract/index.js';
import { BENCH_DIR } from './data-dir.js';
import { matchPage, score } from './shingles.js';
import { type BenchTable, median } from './table.js';

/**
 * Article body quality and speed on ../shared/bench/extraction, against Readability.js on linkedom
 * timed in the same run: both parse the page themselves, pages alternate which goes first, one
 * warm-up pass is discarded, and a page's time is its median over the timed passes.
 */
const DATA_DIR = join(BENCH_DIR, 'extraction');
const TIMED_PASSES = 5;

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

type Extractor = (page: Page) => string;

async function loadPages(): Promise<Page[]> {
  const truth = JSON.parse(readFileSync(join(DATA_DIR, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  // The default cap, as the CLI would read these pages without settings.
  const maxBytes = loadConfig({}).fetchMaxHtmlBytes;
  const names = readdirSync(join(DATA_DIR, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const id = name.slice(0, -'.html.gz'.length);
      // As `newsdesk extract <file>` reads a saved page: gunzipped, decoded by its BOM/meta charset (not all are UTF-8).
      const html = await readSavedPage(join(DATA_DIR, 'html', name), maxBytes);
      return { id, url: truth[id]!.url, html, truth: truth[id]!.articleBody };
    }),
  );
}

const newsdesk: Extractor = (page) => {
  try {
    return extractArticle(page.html, page.url).text;
  } catch (error) {
    if (isFailure(error)) return '';
    throw error;
  }
};

const readabilityOnLinkedom: Extractor = (page) => {
  try {
    const { document } = parseHTML(page.html);
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
};

function timed(extract: Extractor, page: Page): { text: string; ms: number } {
  const start = performance.now();
  const text = extract(page);
  return { text, ms: performance.now() - start };
}

/** Run both extractors over every page, interleaved; return texts and per-page median times. */
function measure(pages: Page[], extractors: Extractor[]): { texts: string[][]; ms: number[][] } {
  const texts = extractors.map(() => new Array<string>(pages.length).fill(''));
  const samples = extractors.map(() => pages.map(() => [] as number[]));
  for (let pass = 0; pass <= TIMED_PASSES; pass++) {
    pages.forEach((page, pageIndex) => {
      const order =
        (pageIndex + pass) % 2 === 0
          ? extractors.map((_, index) => index)
          : extractors.map((_, index) => extractors.length - 1 - index);
      for (const index of order) {
        const { text, ms } = timed(extractors[index]!, page);
        texts[index]![pageIndex] = text;
        if (pass > 0) samples[index]![pageIndex]!.push(ms);
      }
    });
  }
  return { texts, ms: samples.map((perPage) => perPage.map(median)) };
}

/** The `npm run bench -- extraction` table. */
export async function run(): Promise<BenchTable[]> {
  const pages = await loadPages();
  const names = ['newsdesk', 'Readability.js on linkedom'];
  const { texts, ms } = measure(pages, [newsdesk, readabilityOnLinkedom]);
  const rows = names.map((name, index) => {
    const scores = score(pages.map((page, pageIndex) => matchPage(page.truth, texts[index]![pageIndex]!)));
    return [name, scores.f1, scores.precision, scores.recall, median(ms[index]!)];
  });
  return [
    {
      title: `Article extraction (${pages.length} pages, ../shared/bench/extraction)`,
      columns: ['extractor', 'F1', 'precision', 'recall', 'median ms per page'],
      rows,
      note: 'Targets: newsdesk F1 ≥ 0.960 (trafilatura 0.959) and median ms ≤ Readability.js in the same run. newsdesk times the whole extractArticle (metadata, links, body).',
    },
  ];
}
