import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../test/helpers/paths.js';

/** Where `npm run bench` finds its data: `--data DIR` (passed on as BENCH_DATA), else `../shared/bench`. */
export const BENCH_DIR = resolve(process.env.BENCH_DATA ?? join(REPO_ROOT, '..', 'shared', 'bench'));

/** Parts that read the benchmark data; the others make their own on loopback. */
export const PARTS_NEEDING_DATA: readonly string[] = ['extraction', 'bullets', 'metadata', 'summaries', 'feeds'];

/** One line saying what is missing, or undefined when the data is there. */
export function missingDataMessage(): string | undefined {
  if (existsSync(BENCH_DIR)) return undefined;
  return `bench: no benchmark data at ${BENCH_DIR} (give its folder with --data DIR)`;
}
