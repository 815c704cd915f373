import { stemmer } from 'stemmer';

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's `rouge-score` computes them (the package behind
 * the published CNN/DM and XSum numbers): lower-case, every run of non-[a-z0-9] is a separator,
 * tokens longer than 3 characters are Porter-stemmed, and Lsum is the union-LCS over sentence lists
 * (rouge_scorer._summary_level_lcs). The Porter algorithm as published (the `stemmer` package)
 * reproduces the bench README's Lead-3/Lead-1 anchors exactly; NLTK's extended mode is ~0.05 higher.
 */

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

const stemCache = new Map<string, string>();

/** rouge-score's DefaultTokenizer with use_stemmer=True. */
export function rougeTokens(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return tokens.map((token) => {
    if (token.length <= 3) return token;
    let stem = stemCache.get(token);
    if (stem === undefined) stemCache.set(token, (stem = stemmer(token)));
    return stem;
  });
}

function f1(hits: number, predicted: number, target: number): number {
  const precision = hits / Math.max(predicted, 1);
  const recall = hits / Math.max(target, 1);
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function rougeN(target: string[], prediction: string[], n: number): number {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let hits = 0;
  for (const [gram, count] of t) hits += Math.min(count, p.get(gram) ?? 0);
  return f1(hits, Math.max(prediction.length - n + 1, 0), Math.max(target.length - n + 1, 0));
}

/** Indices into `ref` of one LCS with `can`, backtracked the way rouge-score does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const cols = can.length + 1;
  const table = new Uint16Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return out.reverse();
}

function countTokens(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function rougeLsumOf(target: string[][], prediction: string[][]): number {
  const m = target.reduce((sum, s) => sum + s.length, 0);
  const n = prediction.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return 0;
  const targetLeft = countTokens(target);
  const predictionLeft = countTokens(prediction);
  let hits = 0;
  for (const ref of target) {
    const union = new Set<number>();
    for (const can of prediction) for (const index of lcsIndices(ref, can)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = ref[index]!;
      if ((targetLeft.get(token) ?? 0) > 0 && (predictionLeft.get(token) ?? 0) > 0) {
        hits++;
        targetLeft.set(token, targetLeft.get(token)! - 1);
        predictionLeft.set(token, predictionLeft.get(token)! - 1);
      }
    }
  }
  return f1(hits, n, m);
}

/** F1 scores (0..1) of a summary against a reference, both given as lists of sentences. */
export function rouge(prediction: string[], reference: string[]): RougeScores {
  // rouge-score splits Lsum input on "\n" and drops empty lines; N-grams see the joined text.
  const lines = (sentences: string[]) => sentences.flatMap((s) => s.split('\n')).filter((s) => s.length > 0);
  const predictionText = rougeTokens(prediction.join('\n'));
  const referenceText = rougeTokens(reference.join('\n'));
  return {
    rouge1: rougeN(referenceText, predictionText, 1),
    rouge2: rougeN(referenceText, predictionText, 2),
    rougeLsum: rougeLsumOf(lines(reference).map(rougeTokens), lines(prediction).map(rougeTokens)),
  };
}

/** Mean of each score over documents, as percentages. */
export function meanRouge(scores: RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores) =>
    (100 * scores.reduce((sum, s) => sum + s[key], 0)) / Math.max(scores.length, 1);
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeLsum: mean('rougeLsum') };
}
