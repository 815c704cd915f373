/**
 * The article-extraction-benchmark metric (scrapinghub, evaluate.py; ../shared/bench/README.md):
 * Unicode word tokens, 4-word shingles counted as multisets, precision and recall per page,
 * averaged over pages, F1 of the two averages.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_WORDS = 4;

/** Shingle counts of a text; a text shorter than 4 tokens is one shingle (as evaluate.py does). */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const starts = Math.max(1, tokens.length - SHINGLE_WORDS + 1);
  for (let index = 0; index < starts && tokens.length > 0; index++) {
    const key = tokens.slice(index, index + SHINGLE_WORDS).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Overlap of one prediction with its truth. */
export interface PageMatch {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Compare a predicted article body with the true one, shingle by shingle. */
export function matchPage(truth: string, prediction: string): PageMatch {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  for (const [key, count] of expected) {
    const found = predicted.get(key) ?? 0;
    truePositives += Math.min(count, found);
    falseNegatives += Math.max(0, count - found);
  }
  for (const [key, count] of predicted) falsePositives += Math.max(0, count - (expected.get(key) ?? 0));
  return { truePositives, falsePositives, falseNegatives };
}

/** Averaged precision and recall, and their F1. */
export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Score pages: a page with an empty prediction counts in recall only (its precision is undefined);
 * a page where both are empty scores 1 on both.
 */
export function score(pages: PageMatch[]): Scores {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { truePositives: tp, falsePositives: fp, falseNegatives: fn } of pages) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}
