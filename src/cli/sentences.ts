import { SUMMARY_LENGTHS } from '../services/summarize/index.js';
import { CliUsageError } from './io.js';

/** The lengths /article offers (short, medium, long), so the CLI previews exactly what members can ask for. */
const ALLOWED: readonly number[] = Object.values(SUMMARY_LENGTHS);

/** How `--sentences` is shown in a usage line: "2|3|5". */
export const SENTENCE_CHOICES = ALLOWED.join('|');

/** The `--sentences` value, or /article's default (medium) when it is not given. */
export function articleSentences(raw: string | undefined): number {
  if (raw === undefined) return SUMMARY_LENGTHS.medium;
  const value = Number(raw);
  if (!ALLOWED.includes(value))
    throw new CliUsageError(
      `--sentences must be ${ALLOWED.slice(0, -1).join(', ')} or ${ALLOWED.at(-1)} (got "${raw}").`,
    );
  return value;
}
