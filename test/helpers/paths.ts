import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found by walking up to package.json (tests run from dist/test/...). */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot();
/** The fixture site, committed with the tests (a copy of the project's original, kept in step). */
export const FIXTURE_SITE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'site', 'insights');
