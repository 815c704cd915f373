import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURE_SITE_DIR } from '../../test/helpers/paths.js';
import { BENCH_DIR } from '../bench/data-dir.js';

/** A page or feed the fuzzer mutates, as the bytes a server would send. */
export interface Seed {
  name: string;
  bytes: Buffer;
}

/** Seeds by origin: the small fixtures and the (many, larger) benchmark files are picked equally often. */
export interface Seeds {
  html: { fixtures: Seed[]; bench: Seed[] };
  xml: { fixtures: Seed[]; bench: Seed[] };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .sort();
}

function read(path: string, root: string): Seed {
  const raw = readFileSync(path);
  return { name: relative(root, path), bytes: path.endsWith('.gz') ? gunzipSync(raw) : raw };
}

/**
 * The committed fixture site (always there), plus the benchmark pages and feed cases in
 * ../shared/bench when that folder exists: real pages from many sites and charsets.
 */
export function loadSeeds(): Seeds {
  const fixtures = filesUnder(FIXTURE_SITE_DIR);
  const benchPages = filesUnder(join(BENCH_DIR, 'extraction', 'html')).filter((path) => path.endsWith('.html.gz'));
  const benchFeeds = filesUnder(join(BENCH_DIR, 'feeds', 'cases')).filter((path) => path.endsWith('.xml'));
  return {
    html: {
      fixtures: fixtures.filter((path) => path.endsWith('.html')).map((path) => read(path, FIXTURE_SITE_DIR)),
      bench: benchPages.map((path) => read(path, BENCH_DIR)),
    },
    xml: {
      fixtures: fixtures.filter((path) => path.endsWith('.xml')).map((path) => read(path, FIXTURE_SITE_DIR)),
      bench: benchFeeds.map((path) => read(path, BENCH_DIR)),
    },
  };
}
