import { isFailure } from '../../src/services/errors.js';
import { extractArticle } from '../../src/services/extract/index.js';
import { SUMMARY_LENGTHS, summarizeExtractive } from '../../src/services/summarize/index.js';
import { extractionPages, type LabelledPage, wcxbPages } from './pages.js';
import type { BenchTable } from './table.js';

/**
 * Bullet quality: are a card's summary bullets sentences of the article? A bullet is good when at
 * least 90% of its word 3-grams occur in the page's true body; a caption, a credit, a promo line or
 * two blocks glued together fails. Pages are summarized exactly as the card does (medium length).
 */
const GRAM = 3;
const GOOD_SHARE = 0.9;
const WORST_SHOWN = 10;
const TOKEN = /[\p{L}\p{N}_]+/gu;

function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Every n-gram of the body for n ≤ GRAM, so a bullet shorter than GRAM words is still looked up whole. */
function bodyGrams(body: string): Set<string> {
  const words = tokens(body);
  const grams = new Set<string>();
  for (let n = 1; n <= GRAM; n++)
    for (let index = 0; index + n <= words.length; index++) grams.add(words.slice(index, index + n).join(' '));
  return grams;
}

/** Share of the bullet's 3-grams (or its whole text when shorter) found in the body. */
export function bulletShare(bullet: string, grams: Set<string>): number {
  const words = tokens(bullet);
  if (words.length === 0) return 0;
  const n = Math.min(GRAM, words.length);
  let found = 0;
  let total = 0;
  for (let index = 0; index + n <= words.length; index++, total++)
    if (grams.has(words.slice(index, index + n).join(' '))) found++;
  return found / total;
}

interface Scored {
  page: LabelledPage;
  bullet: string;
  share: number;
}

function bulletsOf(page: LabelledPage): string[] {
  try {
    const article = extractArticle(page.html, page.url);
    return summarizeExtractive(article, SUMMARY_LENGTHS.medium);
  } catch (error) {
    if (isFailure(error)) return [];
    throw error;
  }
}

function scoreSet(pages: LabelledPage[]): { scored: Scored[]; pages: number; badPages: number } {
  const scored: Scored[] = [];
  let badPages = 0;
  let counted = 0;
  for (const page of pages) {
    if (!page.body) continue;
    counted++;
    const grams = bodyGrams(page.body);
    const mine = bulletsOf(page).map((bullet) => ({ page, bullet, share: bulletShare(bullet, grams) }));
    if (mine.some((item) => item.share < GOOD_SHARE)) badPages++;
    scored.push(...mine);
  }
  return { scored, pages: counted, badPages };
}

function row(name: string, result: ReturnType<typeof scoreSet>): (string | number)[] {
  const good = result.scored.filter((item) => item.share >= GOOD_SHARE).length;
  return [
    name,
    result.pages,
    result.scored.length,
    good / Math.max(1, result.scored.length),
    `${result.badPages} (${((100 * result.badPages) / Math.max(1, result.pages)).toFixed(1)}%)`,
  ];
}

/** The `npm run bench -- bullets` table, with the worst bullets printed above it (`BENCH_VERBOSE=1`: every bad one). */
export async function run(): Promise<BenchTable[]> {
  const sets = [
    { name: 'extraction', result: scoreSet(await extractionPages()) },
    { name: 'wcxb', result: scoreSet(await wcxbPages()) },
  ];
  const worst = sets
    .flatMap(({ result }) => result.scored)
    .filter((item) => item.share < GOOD_SHARE)
    .sort((a, b) => a.share - b.share)
    .slice(0, process.env.BENCH_VERBOSE === '1' ? undefined : WORST_SHOWN);
  for (const item of worst)
    console.log(`${item.share.toFixed(2)} ${item.page.set}/${item.page.id}: ${item.bullet.slice(0, 160)}`);
  console.log('');
  return [
    {
      title: 'Bullet quality (card summary, 3 bullets, against the true body)',
      columns: ['set', 'pages', 'bullets', 'good share', 'pages with a bad bullet'],
      rows: sets.map(({ name, result }) => row(name, result)),
      note: 'Good = ≥ 90% of the bullet’s word 3-grams are in the true body. Targets: good share ≥ 0.99, ≤ 2% of pages with a bad bullet.',
    },
  ];
}
