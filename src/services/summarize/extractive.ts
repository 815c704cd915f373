import { DEFAULT_SUMMARY_BOUNDS, type SummaryBounds } from './bounds.js';
import { articleCandidates, type Candidate } from './candidates.js';
import type { SummaryInput } from './summarizer.js';
import { addVectors, contentTerms, cosine, norm, type TermVector, termVector } from './terms.js';

/** The knobs of the extractive scorer; DEFAULT_WEIGHTS are the tuned values (see scripts/bench/summaries.ts). */
export interface ExtractiveWeights {
  /** Position prior 1 / (1 + rank)^positionDecay: news puts the key facts first. */
  positionDecay: number;
  position: number;
  /** Similarity to the whole article (centrality). */
  centrality: number;
  /** Similarity to the title, or to the opening sentence when there is no title. */
  lead: number;
  /** MMR: how much similarity to an already chosen sentence costs. */
  redundancy: number;
  /** Score multiplier for sentences that are mostly a quotation. */
  quote: number;
  /** Preferred sentence length in words; shorter or much longer sentences are discounted. */
  minWords: number;
  maxWords: number;
}

export const DEFAULT_WEIGHTS: ExtractiveWeights = {
  positionDecay: 1,
  position: 1,
  centrality: 0.5,
  lead: 0.3,
  redundancy: 0.5,
  quote: 0.7,
  minWords: 8,
  maxWords: 50,
};

// Two sentences this similar say the same thing (near-duplicates such as a caption and its sentence).
const DUPLICATE_SIMILARITY = 0.7;

function lengthFactor(words: number, weights: ExtractiveWeights): number {
  if (words < weights.minWords) return Math.max(0.1, words / weights.minWords) ** 2;
  if (words > weights.maxWords) return weights.maxWords / words;
  return 1;
}

/** Score every candidate: position prior blended with centrality and title/lead coverage. */
function score(list: Candidate[], title: string | null | undefined, weights: ExtractiveWeights): number[] {
  const whole = list.reduce((total, c) => addVectors(total, c.vector), new Map() as TermVector);
  const titleTerms = title ? contentTerms(title) : [];
  const lead = titleTerms.length > 0 ? termVector(titleTerms) : (list[0]?.vector ?? new Map());
  // The whole-article vector is as large as the vocabulary: its length once, not once per sentence.
  const wholeNorm = norm(whole);
  return list.map((c) => {
    const position = 1 / (1 + c.rank) ** weights.positionDecay;
    const base =
      weights.position * position +
      weights.centrality * cosine(c.vector, whole, wholeNorm) +
      weights.lead * cosine(c.vector, lead);
    return base * lengthFactor(c.words, weights) * (c.quote ? weights.quote : 1);
  });
}

/** Choose `count` sentences by maximal marginal relevance, then restore article order. */
function select(list: Candidate[], scores: number[], count: number, weights: ExtractiveWeights): Candidate[] {
  const chosen: Candidate[] = [];
  const left = new Set(list.map((_, i) => i));
  while (chosen.length < count && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const overlap = Math.max(0, ...chosen.map((c) => cosine(c.vector, list[i]!.vector)));
      if (overlap >= DUPLICATE_SIMILARITY) continue;
      const value = scores[i]! - weights.redundancy * overlap;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    if (best < 0) break;
    chosen.push(list[best]!);
    left.delete(best);
  }
  return chosen.sort((a, b) => a.rank - b.rank);
}

/** Extractive summary with explicit weights (the bench uses this to show nearby settings). */
export function summarizeWithWeights(
  input: SummaryInput,
  sentences: number,
  weights: ExtractiveWeights,
  bounds: SummaryBounds = DEFAULT_SUMMARY_BOUNDS,
): string[] {
  const count = Math.max(0, Math.floor(sentences));
  const list = articleCandidates(input, bounds);
  return select(list, score(list, input.title, weights), count, weights).map((c) => c.text);
}

/**
 * Pick up to `sentences` sentences that best summarize the article, in article order. Pure and
 * deterministic; every sentence is an exact, trimmed substring of `input.text`.
 */
export function summarizeExtractive(
  input: SummaryInput,
  sentences: number,
  bounds: SummaryBounds = DEFAULT_SUMMARY_BOUNDS,
): string[] {
  return summarizeWithWeights(input, sentences, DEFAULT_WEIGHTS, bounds);
}
