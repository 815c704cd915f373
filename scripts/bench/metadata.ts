import { isFailure } from '../../src/services/errors.js';
import { extractArticle } from '../../src/services/extract/index.js';
import { type LabelledPage, wcxbPages } from './pages.js';
import { matchPage, type PageMatch, score } from './shingles.js';
import type { BenchTable } from './table.js';

/**
 * Body (shingle F1, as extraction/), title, author and date against the wcxb labels, scored as ../shared/bench/wcxb/README.md says:
 * title exact after folding and token F1, author token F1 (no byline = 0), date = the day at the
 * start of publishedAt.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** NFKC, whitespace runs, quotes and dashes folded, lower-cased. */
export function foldTitle(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Bag-of-words F1 of two texts (lower-case Unicode word tokens). */
export function tokenF1(truth: string, predicted: string): number {
  const expected = truth.toLowerCase().match(TOKEN) ?? [];
  const got = predicted.toLowerCase().match(TOKEN) ?? [];
  if (expected.length === 0 || got.length === 0) return expected.length === got.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of got) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / got.length;
  const recall = overlap / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

interface Predicted {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  text: string;
}

function predict(page: LabelledPage): Predicted {
  try {
    return extractArticle(page.html, page.url);
  } catch (error) {
    if (isFailure(error)) return { title: '', byline: null, publishedAt: null, text: '' };
    throw error;
  }
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** The `npm run bench -- metadata` table; `BENCH_VERBOSE=1` prints every miss. */
export async function run(): Promise<BenchTable[]> {
  const pages = await wcxbPages();
  const verbose = process.env.BENCH_VERBOSE === '1';
  const titleExact: number[] = [];
  const titleF1: number[] = [];
  const authorF1: number[] = [];
  let dated = 0;
  let dateRight = 0;
  let datePredicted = 0;
  let datePredictedRight = 0;
  const bodies: PageMatch[] = [];
  for (const page of pages) {
    const got = predict(page);
    if (page.body) bodies.push(matchPage(page.body, got.text));
    titleExact.push(foldTitle(got.title) === foldTitle(page.title ?? '') ? 1 : 0);
    titleF1.push(tokenF1(page.title ?? '', got.title));
    if (page.author) {
      const f1 = got.byline ? tokenF1(page.author, got.byline) : 0;
      authorF1.push(f1);
      if (verbose && f1 < 1)
        console.log(`author ${page.id}: ${JSON.stringify(page.author)} got ${JSON.stringify(got.byline)}`);
    }
    const day = got.publishedAt?.slice(0, 10) ?? null;
    if (day) datePredicted++;
    if (page.date) {
      dated++;
      if (day === page.date) {
        dateRight++;
        datePredictedRight++;
      } else if (verbose) console.log(`date ${page.id}: ${page.date} got ${day}`);
    }
  }
  return [
    {
      title: `Metadata (${pages.length} pages, ../shared/bench/wcxb)`,
      columns: [
        'body shingle F1',
        'title exact',
        'title F1',
        'author F1',
        'date accuracy',
        'date coverage',
        'date precision',
      ],
      rows: [
        [
          score(bodies).f1,
          mean(titleExact),
          mean(titleF1),
          mean(authorF1),
          dateRight / Math.max(1, dated),
          datePredicted / pages.length,
          datePredictedRight / Math.max(1, datePredicted),
        ],
      ],
      note: `n: title ${pages.length}, author ${authorF1.length}, date ${dated}. Anchors: trafilatura shingle F1 0.930, title 0.536 / 0.879, author 0.724, date 0.848 / prec 0.851; htmldate date 0.850.`,
    },
  ];
}
