/**
 * Content terms for comparing sentences: lower-cased words without English function words, with
 * plural/verb endings folded; Chinese, Japanese and Korean runs become character bigrams, since
 * they have no spaces between words (ja, zh) or glue particles onto them (ko).
 */

const STOPWORDS = new Set(
  (
    'a an the and or but if then than so as of at by for from in into on onto to with without about above after again ' +
    'against all am any are aren be been before being below between both can could did do does doing down during each ' +
    'few further had has have having he her here hers herself him himself his how i im is isn it its itself just me more ' +
    'most my myself no nor not now off once only other our ours ourselves out over own same she should some such that ' +
    'their theirs them themselves there these they this those through too under until up very was we were what when ' +
    'where which while who whom why will would you your yours yourself also said says say told according one two new ' +
    'mr mrs ms dr like just year years last first may might must us get got make made many much even back still well ' +
    'www com http https per cent percent'
  ).split(' '),
);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;
const RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;

function fold(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The content terms of a piece of text, in order, repeats kept. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUNS)) {
    if (CJK.test(run)) {
      if (run.length === 1) terms.push(run);
      for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
    } else if (run.length > 1 && !STOPWORDS.has(run)) {
      terms.push(fold(run));
    }
  }
  return terms;
}

/** Sparse term-count vector. */
export type TermVector = Map<string, number>;

/** Count terms, weighting each by `weight(term)` (e.g. an inverse document frequency). */
export function termVector(terms: string[], weight: (term: string) => number = () => 1): TermVector {
  const vector: TermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + weight(term));
  return vector;
}

/** Add `vector` into `total` (mutating it) and return `total`. */
export function addVectors(total: TermVector, vector: TermVector): TermVector {
  for (const [term, value] of vector) total.set(term, (total.get(term) ?? 0) + value);
  return total;
}

/** Euclidean length of a vector. */
export function norm(vector: TermVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Dot product, walking the smaller vector (a sentence against the whole article costs the sentence's size). */
function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/**
 * Cosine similarity of two vectors (0 when either is empty). Pass `normB` when comparing many
 * vectors against one large `b` (the whole article), so its length is not recomputed each time.
 */
export function cosine(a: TermVector, b: TermVector, normB = norm(b)): number {
  const product = dot(a, b);
  return product === 0 ? 0 : product / (norm(a) * normB);
}
