import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { type ParsedFeed, parseFeed } from '../../src/services/feeds/parse/index.js';
import { BENCH_DIR } from './data-dir.js';
import type { BenchTable } from './table.js';

/**
 * Feed parsing conformance on `../shared/bench/feeds` (README there): every check compared with the
 * ops that `expect.json` → `conventions` define, counted strict and lenient. `scoreParser` takes any
 * parse function, so a library can be scored the same way through a thin adapter.
 */

interface Check {
  field: string;
  item?: number;
  op: 'text' | 'url' | 'absent' | 'id' | 'instant' | 'contains' | 'name';
  value?: string;
  any_of?: string[];
}
interface Case {
  name: string;
  file: string;
  base_url: string;
  checks: Check[];
}
type Prediction = Pick<ParsedFeed, 'title' | 'link'> & { items: Partial<ParsedFeed['items'][number]>[] };
export type ParseFunction = (bytes: Uint8Array, baseUrl: string) => Prediction | Promise<Prediction>;
type Verdict = 'strict' | 'lenient' | 'fail';

const FIELDS = [
  'feed.title',
  'feed.link',
  'item.title',
  'item.link',
  'item.id',
  'item.published',
  'item.summary',
  'item.author',
];
const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Whitespace collapsed and Unicode NFC, as `conventions` says for text. */
function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The text content of an HTML value: tags stripped and entities decoded once. */
function htmlTextContent(value: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = value;
  return holder.textContent ?? '';
}

function sameUrl(predicted: string, expected: string): boolean {
  try {
    return new URL(predicted).href === new URL(expected).href;
  } catch {
    return false;
  }
}

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

function sameSecond(predicted: string, expected: string): boolean {
  const a = Date.parse(predicted);
  const b = Date.parse(expected);
  return Number.isFinite(a) && Math.floor(a / 1000) === Math.floor(b / 1000);
}

/** Text equality: strict on the value as given, lenient on its HTML text content. */
function compareText(predicted: string, expected: string): Verdict {
  if (normalizeText(predicted) === normalizeText(expected)) return 'strict';
  return normalizeText(htmlTextContent(predicted)) === normalizeText(expected) ? 'lenient' : 'fail';
}

function compareOne(op: Check['op'], predicted: unknown, expected: string): Verdict {
  if (op === 'absent') return predicted === null || predicted === undefined || predicted === '' ? 'strict' : 'fail';
  if (typeof predicted !== 'string') return 'fail';
  switch (op) {
    case 'text':
    case 'name':
      return compareText(predicted, expected);
    case 'url':
      return sameUrl(predicted, expected) ? 'strict' : 'fail';
    case 'id':
      return predicted.trim() === expected.trim() ? 'strict' : 'fail';
    case 'instant':
      if (!sameSecond(predicted, expected)) return 'fail';
      return ISO_WITH_OFFSET.test(predicted) ? 'strict' : 'lenient';
    case 'contains':
      if (normalizeText(predicted).includes(normalizeText(expected))) return 'strict';
      return normalizeText(htmlTextContent(predicted)).includes(normalizeText(expected)) ? 'lenient' : 'fail';
  }
}

function fieldValue(prediction: Prediction, check: Check): unknown {
  const [scope, key] = check.field.split('.') as ['feed' | 'item', string];
  if (scope === 'feed') return (prediction as unknown as Record<string, unknown>)[key];
  return (prediction.items[check.item ?? 0] as Record<string, unknown> | undefined)?.[key];
}

function judge(prediction: Prediction | null, check: Check): Verdict {
  // An item check needs the item: "absent" means the item exists and has no link.
  if (!prediction || (check.field.startsWith('item.') && !prediction.items[check.item ?? 0])) return 'fail';
  const predicted = fieldValue(prediction, check);
  const expected = check.any_of ?? [check.value ?? ''];
  const verdicts = expected.map((value) => compareOne(check.op, predicted, value));
  return verdicts.includes('strict') ? 'strict' : verdicts.includes('lenient') ? 'lenient' : 'fail';
}

export interface CaseResult {
  name: string;
  checks: { check: Check; verdict: Verdict; predicted: unknown }[];
  error?: string;
}

/** Run a parse function over every case and judge each check. */
export async function scoreParser(parse: ParseFunction, dir = join(BENCH_DIR, 'feeds')): Promise<CaseResult[]> {
  const { cases } = JSON.parse(await readFile(join(dir, 'expect.json'), 'utf8')) as { cases: Case[] };
  const results: CaseResult[] = [];
  for (const testCase of cases) {
    const bytes = new Uint8Array(await readFile(join(dir, testCase.file)));
    let prediction: Prediction | null = null;
    let error: string | undefined;
    try {
      prediction = await parse(bytes, testCase.base_url);
    } catch (caught) {
      error = String(caught);
    }
    const checks = testCase.checks.map((check) => ({
      check,
      verdict: judge(prediction, check),
      predicted: prediction ? fieldValue(prediction, check) : undefined,
    }));
    results.push({ name: testCase.name, checks, error });
  }
  return results;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

/** Per-field pass rates, strict and lenient, plus cases passing (lenient). */
export function summarize(results: CaseResult[], title: string): BenchTable {
  const rows: (string | number)[][] = [];
  const all = results.flatMap((result) => result.checks);
  for (const field of [...FIELDS, 'overall']) {
    const checks = field === 'overall' ? all : all.filter(({ check }) => check.field === field);
    const strict = checks.filter(({ verdict }) => verdict === 'strict').length;
    const lenient = strict + checks.filter(({ verdict }) => verdict === 'lenient').length;
    rows.push([field, checks.length, percent(strict, checks.length), percent(lenient, checks.length)]);
  }
  const passing = results.filter((result) => result.checks.every(({ verdict }) => verdict !== 'fail')).length;
  rows.push(['cases passing (lenient)', results.length, '', percent(passing, results.length)]);
  return {
    title,
    columns: ['field', 'checks', 'strict', 'lenient'],
    rows,
    note: 'Target: ≥ 95% of checks lenient and ≥ 90% strict (feedsmith 3.0.1: 88.6% / 80.8%; rss-parser 3.13.0: 67.9% / 63.5%).',
  };
}

/** Failed checks, one line each, for `FEED_BENCH_VERBOSE=1`. */
function failures(results: CaseResult[]): string[] {
  return results.flatMap((result) =>
    result.checks
      .filter(({ verdict }) => verdict === 'fail')
      .map(
        ({ check, predicted }) =>
          `${result.name} ${check.field}[${check.item ?? 0}] ${check.op} want ${JSON.stringify(check.any_of ?? check.value)} got ${JSON.stringify(predicted)}${result.error ? ' error ' + result.error : ''}`,
      ),
  );
}

export async function run(): Promise<BenchTable[]> {
  const results = await scoreParser((bytes, baseUrl) => parseFeed(bytes, baseUrl));
  if (process.env.FEED_BENCH_VERBOSE) console.log(failures(results).join('\n'));
  return [summarize(results, 'feeds: parse conformance (checks passed / checks)')];
}
