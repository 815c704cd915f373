import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_WEIGHTS,
  type ExtractiveWeights,
  summarizeWithWeights,
} from '../../src/services/summarize/extractive.js';
import { BENCH_DIR } from './data-dir.js';
import { meanRouge, type RougeScores, rouge } from './rouge.js';
import type { BenchTable } from './table.js';

/**
 * Summary quality on ../shared/bench/summaries: newsdesk's extractive summarizer (given only the
 * raw article text, which it must split itself) against Lead-3 / Lead-1 (the dataset's own lines).
 */
export interface SummaryRecord {
  id: string;
  article: string;
  article_lines: string[];
  reference_sentences: string[];
}

const SUMMARIES_DIR = join(BENCH_DIR, 'summaries');

/** One JSON Lines data set of ../shared/bench/summaries. */
export function loadSet(name: 'cnndm' | 'xsum'): SummaryRecord[] {
  return readFileSync(join(SUMMARIES_DIR, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SummaryRecord);
}

/** Mean ROUGE (percent) and mean milliseconds per article of one system on one set. */
export function evaluate(
  records: SummaryRecord[],
  system: (record: SummaryRecord) => string[],
): RougeScores & { ms: number } {
  const scores: RougeScores[] = [];
  let elapsed = 0;
  for (const record of records) {
    const started = performance.now();
    const summary = system(record);
    elapsed += performance.now() - started;
    scores.push(rouge(summary, record.reference_sentences));
  }
  return { ...meanRouge(scores), ms: elapsed / Math.max(records.length, 1) };
}

const newsdesk =
  (sentences: number, weights: ExtractiveWeights = DEFAULT_WEIGHTS) =>
  (record: SummaryRecord) =>
    summarizeWithWeights({ text: record.article }, sentences, weights);
const lead = (sentences: number) => (record: SummaryRecord) => record.article_lines.slice(0, sentences);

function row(set: string, system: string, result: RougeScores & { ms: number }): string[] {
  return [
    set,
    system,
    result.rouge1.toFixed(2),
    result.rouge2.toFixed(2),
    result.rougeLsum.toFixed(2),
    result.ms.toFixed(2),
  ];
}

// Neighbours of the chosen weights, to show the result does not hinge on one exact setting.
const NEIGHBOURS: [string, Partial<ExtractiveWeights>][] = [
  ['positionDecay ×0.75', { positionDecay: DEFAULT_WEIGHTS.positionDecay * 0.75 }],
  ['positionDecay ×1.25', { positionDecay: DEFAULT_WEIGHTS.positionDecay * 1.25 }],
  ['centrality ×0.5', { centrality: DEFAULT_WEIGHTS.centrality * 0.5 }],
  ['centrality ×1.5', { centrality: DEFAULT_WEIGHTS.centrality * 1.5 }],
  ['lead ×0.5', { lead: DEFAULT_WEIGHTS.lead * 0.5 }],
  ['lead ×1.5', { lead: DEFAULT_WEIGHTS.lead * 1.5 }],
  ['redundancy ×0.5', { redundancy: DEFAULT_WEIGHTS.redundancy * 0.5 }],
  ['redundancy ×1.5', { redundancy: DEFAULT_WEIGHTS.redundancy * 1.5 }],
];

export async function run(): Promise<BenchTable[]> {
  const cnndm = loadSet('cnndm');
  const xsum = loadSet('xsum');
  // Warm up (segmenter creation, JIT) so ms/article measures steady-state work.
  for (const record of cnndm.slice(0, 10)) newsdesk(3)(record);
  const main: BenchTable = {
    title: 'Summaries (ROUGE F1 %, rouge-score conventions)',
    columns: ['set', 'system', 'R1', 'R2', 'RLsum', 'ms/article'],
    rows: [
      row(`CNN/DM (${cnndm.length}), 3 sentences`, 'newsdesk', evaluate(cnndm, newsdesk(3))),
      row(`CNN/DM (${cnndm.length}), 3 sentences`, 'Lead-3', evaluate(cnndm, lead(3))),
      row(`XSum (${xsum.length}), 1 sentence`, 'newsdesk', evaluate(xsum, newsdesk(1))),
      row(`XSum (${xsum.length}), 1 sentence`, 'Lead-1', evaluate(xsum, lead(1))),
    ],
    note: "Target: newsdesk ≥ Lead-3 on CNN/DM and ≥ Lead-1 on XSum on all three. newsdesk gets only the raw article text; Lead-k uses the dataset's article_lines.",
  };
  const sensitivity: BenchTable = {
    title: 'Summaries: nearby weights (newsdesk, CNN/DM 3 / XSum 1)',
    columns: ['change', 'CNN/DM R1', 'R2', 'RLsum', 'XSum R1', 'R2', 'RLsum'],
    rows: NEIGHBOURS.map(([name, change]) => {
      const weights = { ...DEFAULT_WEIGHTS, ...change };
      const a = evaluate(cnndm, newsdesk(3, weights));
      const b = evaluate(xsum, newsdesk(1, weights));
      return [name, ...[a.rouge1, a.rouge2, a.rougeLsum, b.rouge1, b.rouge2, b.rougeLsum].map((v) => v.toFixed(2))];
    }),
  };
  return [main, sensitivity];
}
