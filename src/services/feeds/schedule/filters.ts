import { FailureError } from '../../errors.js';
import type { FeedFilter } from '../state/types.js';

/** Longest pattern accepted; filters are keywords and short alternations, not programs. */
export const MAX_PATTERN_LENGTH = 200;
/** Only this much of an item's title and summary is matched, which bounds the regex's work. */
const MAX_MATCHED_CHARS = 4000;
// A quantified group that itself ends in a quantifier, e.g. (a+)+ or (\w*)*: the classic
// catastrophic-backtracking shape (OWASP ReDoS). JavaScript has no regex timeout, so refuse it.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:\)|\|[^)]*\))[+*{]/;

/** A comma list of keywords as a member typed it: trimmed, empty ones dropped. */
export function parseKeywords(raw: string | null | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean)
    .slice(0, 25);
}

/** Check a member's regex; throws FailureError('invalid-filter') with the reason when refused. */
export function compileFilterPattern(pattern: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new FailureError('invalid-filter', `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`);
  if (NESTED_QUANTIFIER.test(pattern))
    throw new FailureError(
      'invalid-filter',
      'Nested repeats such as (a+)+ can take forever to match; please simplify the pattern.',
    );
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new FailureError(
      'invalid-filter',
      `That pattern isn't valid: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`,
    );
  }
}

/** Build a filter from command options; undefined when nothing was asked for. */
export function buildFilter(options: {
  include?: string | null;
  exclude?: string | null;
  regex?: string | null;
}): FeedFilter | undefined {
  const filter: FeedFilter = {};
  const include = parseKeywords(options.include);
  const exclude = parseKeywords(options.exclude);
  if (include.length) filter.include = include;
  if (exclude.length) filter.exclude = exclude;
  if (options.regex?.trim()) {
    compileFilterPattern(options.regex.trim());
    filter.regex = options.regex.trim();
  }
  return Object.keys(filter).length ? filter : undefined;
}

/** Whether an item's title and summary pass a subscription's filter (no filter passes everything). */
export function passesFilter(filter: FeedFilter | undefined, item: { title: string; summary: string }): boolean {
  if (!filter) return true;
  const text = `${item.title}\n${item.summary}`.slice(0, MAX_MATCHED_CHARS);
  const lower = text.toLowerCase();
  if (filter.exclude?.some((word) => lower.includes(word.toLowerCase()))) return false;
  if (filter.include?.length && !filter.include.some((word) => lower.includes(word.toLowerCase()))) return false;
  if (filter.regex) {
    const pattern = cachedPattern(filter.regex);
    if (!pattern || !pattern.test(text)) return false;
  }
  return true;
}

const compiled = new Map<string, RegExp | null>();

/** Patterns are checked when saved; a stored one that no longer compiles matches nothing. */
function cachedPattern(source: string): RegExp | null {
  const known = compiled.get(source);
  if (known !== undefined) return known;
  if (compiled.size > 1000) compiled.clear();
  let pattern: RegExp | null;
  try {
    pattern = compileFilterPattern(source);
  } catch {
    pattern = null;
  }
  compiled.set(source, pattern);
  return pattern;
}

/** The filter as one short line for lists and replies. */
export function describeFilter(filter: FeedFilter | undefined): string {
  if (!filter) return '';
  const parts: string[] = [];
  if (filter.include?.length) parts.push(`only: ${filter.include.join(', ')}`);
  if (filter.exclude?.length) parts.push(`not: ${filter.exclude.join(', ')}`);
  if (filter.regex) parts.push(`pattern: /${filter.regex}/`);
  return parts.join('; ');
}
